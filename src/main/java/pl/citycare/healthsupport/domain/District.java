package pl.citycare.healthsupport.domain;

/**
 * Dzielnica: the 18 districts of Kraków, by their official number. Calls, clients and centres are
 * counted by district; the names are proper names and read the same in every language.
 */
public enum District {
    STARE_MIASTO("I", "Stare Miasto"),
    GRZEGORZKI("II", "Grzegórzki"),
    PRADNIK_CZERWONY("III", "Prądnik Czerwony"),
    PRADNIK_BIALY("IV", "Prądnik Biały"),
    KROWODRZA("V", "Krowodrza"),
    BRONOWICE("VI", "Bronowice"),
    ZWIERZYNIEC("VII", "Zwierzyniec"),
    DEBNIKI("VIII", "Dębniki"),
    LAGIEWNIKI_BOREK_FALECKI("IX", "Łagiewniki-Borek Fałęcki"),
    SWOSZOWICE("X", "Swoszowice"),
    PODGORZE_DUCHACKIE("XI", "Podgórze Duchackie"),
    BIEZANOW_PROKOCIM("XII", "Bieżanów-Prokocim"),
    PODGORZE("XIII", "Podgórze"),
    CZYZYNY("XIV", "Czyżyny"),
    MISTRZEJOWICE("XV", "Mistrzejowice"),
    BIENCZYCE("XVI", "Bieńczyce"),
    WZGORZA_KRZESLAWICKIE("XVII", "Wzgórza Krzesławickie"),
    NOWA_HUTA("XVIII", "Nowa Huta");

    private final String number;
    private final String officialName;

    District(String number, String officialName) {
        this.number = number;
        this.officialName = officialName;
    }

    /** The district's Roman numeral, e.g. "XIII". */
    public String number() {
        return number;
    }

    /** The district's own name, e.g. "Podgórze". */
    public String officialName() {
        return officialName;
    }

    /** As clerks write it: "XIII Podgórze". */
    public String label() {
        return number + " " + officialName;
    }
}

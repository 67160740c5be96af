package pl.citycare.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Made-up but plausible names and places: Ukrainian in Cyrillic, Polish, Moldovan/Georgian in Latin. */
final class Names {

    static final List<String> UA_SURNAMES = List.of("Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник",
            "Мельник", "Шевчук", "Поліщук", "Лисенко", "Марченко", "Руденко", "Савченко", "Мороз", "Петренко", "Кравчук",
            "Гончаренко", "Литвиненко", "Павленко", "Василенко", "Клименко", "Захарченко", "Зінченко", "Яковенко", "Юрченко",
            "Євтушенко", "Гнатюк", "Ковальчук", "Дячук", "Згуровський");
    static final List<String> UA_MEN = List.of("Олександр", "Андрій", "Іван", "Сергій", "Дмитро", "Микола", "Василь", "Віктор",
            "Юрій", "Євген", "Ярослав", "Богдан", "Олег", "Тарас", "Петро", "Ігор");
    static final List<String> UA_WOMEN = List.of("Юлія", "Оксана", "Наталія", "Тетяна", "Ольга", "Ірина", "Людмила", "Марія",
            "Галина", "Олена", "Світлана", "Ганна", "Яна", "Катерина", "Валентина", "Анастасія");
    static final List<String> PL_SURNAMES = List.of("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
            "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski",
            "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalski");
    static final List<String> PL_MEN = List.of("Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin",
            "Łukasz", "Grzegorz", "Jakub", "Mateusz");
    static final List<String> PL_WOMEN = List.of("Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa",
            "Magdalena", "Joanna", "Aleksandra", "Zofia", "Natalia");
    static final List<String> MD_SURNAMES = List.of("Rusu", "Ceban", "Ciobanu", "Turcan", "Lungu", "Munteanu", "Rotari", "Cojocaru");
    static final List<String> MD_GIVEN = List.of("Ion", "Vasile", "Mihai", "Andrei", "Elena", "Maria", "Natalia", "Ana");
    static final List<String> GE_SURNAMES = List.of("Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Giorgadze", "Lomidze");
    static final List<String> GE_GIVEN = List.of("Giorgi", "Davit", "Levan", "Nino", "Tamar", "Mariam");
    static final List<String> STREETS = List.of("Polna", "Ogrodowa", "Lipowa", "Sadowa", "Kwiatowa", "Łąkowa", "Długa",
            "Krakowska", "Wiśniowa", "Słoneczna", "Zielona", "Leśna");
    static final List<String> PLACES = List.of("Kraków", "Wieliczka", "Niepołomice", "Skawina", "Zabierzów", "Zielonki",
            "Michałowice", "Liszki", "Czernichów", "Mogilany");
    static final List<String> EMPLOYER_KINDS = List.of("Gospodarstwo Sadownicze", "Gospodarstwo Ogrodnicze", "Przetwórnia Owoców",
            "Szklarnie", "Zakład Przetwórstwa Warzyw", "Plantacja Truskawek", "Centrum Logistyczne", "Zakład Mięsny");

    private Names() {
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Polish surnames in -ski/-cki take -ska/-cka for women. */
    static String polishSurname(String surname, boolean woman) {
        return woman && surname.endsWith("ki") ? surname.substring(0, surname.length() - 1) + "a" : surname;
    }

    static String address(SplittableRandom random) {
        return "ul. " + pick(random, STREETS) + " " + (1 + random.nextInt(120)) + ", " + pick(random, PLACES);
    }

    /** A NIP whose first eight digits are given: the ninth is chosen so that the check digit exists (is not 10). */
    static String nip(String firstEight) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        for (int ninth = 0; ninth <= 9; ninth++) {
            String nine = firstEight + ninth;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            if (sum % 11 != 10) {
                return nine + (sum % 11);
            }
        }
        throw new IllegalStateException("unreachable: at most one ninth digit gives check digit 10");
    }
}

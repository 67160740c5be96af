-- A centre's district becomes one of Kraków's 18 districts (the District dictionary), stored by its code
-- instead of as typed text.
UPDATE hs_centre SET district = CASE district
    WHEN 'Stare Miasto' THEN 'STARE_MIASTO'
    WHEN 'Grzegórzki' THEN 'GRZEGORZKI'
    WHEN 'Prądnik Czerwony' THEN 'PRADNIK_CZERWONY'
    WHEN 'Prądnik Biały' THEN 'PRADNIK_BIALY'
    WHEN 'Krowodrza' THEN 'KROWODRZA'
    WHEN 'Bronowice' THEN 'BRONOWICE'
    WHEN 'Zwierzyniec' THEN 'ZWIERZYNIEC'
    WHEN 'Dębniki' THEN 'DEBNIKI'
    WHEN 'Łagiewniki-Borek Fałęcki' THEN 'LAGIEWNIKI_BOREK_FALECKI'
    WHEN 'Swoszowice' THEN 'SWOSZOWICE'
    WHEN 'Podgórze Duchackie' THEN 'PODGORZE_DUCHACKIE'
    WHEN 'Bieżanów-Prokocim' THEN 'BIEZANOW_PROKOCIM'
    WHEN 'Podgórze' THEN 'PODGORZE'
    WHEN 'Czyżyny' THEN 'CZYZYNY'
    WHEN 'Mistrzejowice' THEN 'MISTRZEJOWICE'
    WHEN 'Bieńczyce' THEN 'BIENCZYCE'
    WHEN 'Wzgórza Krzesławickie' THEN 'WZGORZA_KRZESLAWICKIE'
    WHEN 'Nowa Huta' THEN 'NOWA_HUTA'
    ELSE district
END;

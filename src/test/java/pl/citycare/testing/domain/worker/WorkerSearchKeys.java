package pl.citycare.testing.domain.worker;

/** A worker's search key ({@link Worker#searchKey}) for the data generator, which writes workers with plain JDBC. */
public final class WorkerSearchKeys {

    private WorkerSearchKeys() {
    }

    public static String of(String surname, String givenNames, String surnameCyrillic, String givenNamesCyrillic) {
        return Worker.searchKey(surname, givenNames, surnameCyrillic, givenNamesCyrillic);
    }
}

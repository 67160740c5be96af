package pl.citycare.testing.domain.workerimport;

/** Stan importu: uploaded and previewed, running, or ended (done, failed with nothing kept, cancelled). */
public enum ImportStatus {
    UPLOADED, RUNNING, DONE, FAILED, CANCELLED;

    public boolean ended() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}

package pl.citycare.shared.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Ślad do weryfikacji we własnym zakresie: the audit chain (or the events of a time range) as a ZIP an auditor
 * re-verifies on their own machine without CityCare: the events as CSV in the columns and NULL convention of
 * docs/audit-chain.md, the chain head read before the export (for a range, the hash of the event before it),
 * the standalone verifier {@code VerifyAuditChain.java}, the spec, and a README with the one command to run.
 * Streams: a long trail never sits in memory.
 */
public class AuditChainExport {

    private static final String TAKE_AWAY = "/pl/citycare/shared/audit/take-away/";

    private final DataSource dataSource;

    public AuditChainExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What went into the package. */
    public record Exported(long events, long headSeq, String headHash) {
    }

    public Exported write(Instant from, Instant to, OutputStream out) {
        return ChainReading.read(dataSource, connection -> write(connection, from, to, out));
    }

    private Exported write(Connection connection, Instant from, Instant to, OutputStream out) throws SQLException, IOException {
        ChainReading.Head head = ChainReading.head(connection);
        long headSeq = head.seq();
        String headHash = head.hash();
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("audit-events.csv"));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        // NULL as an unquoted empty field, every text quoted (so the empty text is ""): what the spec reads.
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setNullString("").setQuoteMode(QuoteMode.ALL_NON_NULL).build());
        csv.printRecord("seq", "occurred_at", "actor", "entity_type", "entity_id", "action", "changes", "reason", "prev_hash", "hash");
        long events = 0;
        long lastSeq = 0;
        Long firstSeq = null;
        ChainReading.Seqs seqs = ChainReading.seqs(connection, from, to, headSeq);
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, occurred_at, actor, entity_type, entity_id, action, changes, "
                + "reason, prev_hash, hash FROM audit_event WHERE seq >= ? AND seq <= ? ORDER BY seq")) {
            select.setLong(1, seqs.first());
            select.setLong(2, seqs.last());
            select.setFetchSize(1000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    if (firstSeq == null) {
                        firstSeq = seq;
                    }
                    csv.print(seq);
                    csv.print(rs.getObject(2, OffsetDateTime.class).toInstant().toString()); // as the hash covers it
                    for (int column = 3; column <= 10; column++) {
                        csv.print(rs.getString(column));
                    }
                    csv.println();
                    events++;
                    lastSeq = seq;
                }
            }
        }
        csv.flush();
        zip.closeEntry();

        boolean range = firstSeq != null && firstSeq > 1;
        entry(zip, "head.txt", headSeq + ":" + headHash + "\n");
        String anchor = range ? ChainReading.hashBefore(connection, firstSeq) : null;
        if (range) {
            entry(zip, "anchor.txt", anchor + "\n");
        }
        entry(zip, "README.txt", readme(range, lastSeq == headSeq, from, to, events, headSeq));
        copy(zip, "VerifyAuditChain.java");
        copy(zip, "audit-chain.md");
        zip.finish();
        zip.flush();
        return new Exported(events, headSeq, headHash);
    }

    /** The command: anchored when the export starts after the first event, held to the head when it reaches it. */
    private static String readme(boolean range, boolean toHead, Instant from, Instant to, long events, long headSeq) {
        String command = "java VerifyAuditChain.java audit-events.csv" + (range ? " --anchor $(cat anchor.txt)" : "")
                + (toHead ? " --head $(cat head.txt)" : "");
        return "CityCare audit trail, exported " + Instant.now() + "\n"
                + "Events: " + events + (range || from != null || to != null
                ? " written from " + (from == null ? "the start" : from) + " to " + (to == null ? "the head" : to) + " (end excluded)" : "") + "\n"
                + "Chain head when exported: seq " + headSeq + " (head.txt)\n\n"
                + "Verify it on your own machine with any JDK 17 or newer, no CityCare needed:\n\n    " + command + "\n\n"
                + "It prints INTACT or the first broken link. audit-chain.md says exactly what is hashed and how.\n"
                + (range ? "anchor.txt is the hash of the event before the range, which the range's first event must point at.\n" : "");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void copy(ZipOutputStream zip, String name) throws IOException {
        try (InputStream in = AuditChainExport.class.getResourceAsStream(TAKE_AWAY + name)) {
            if (in == null) {
                throw new IllegalStateException("The build did not package " + name + " (see the pom's resources)");
            }
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }
}

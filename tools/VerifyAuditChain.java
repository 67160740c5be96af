import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Recomputes the CityCare audit chain from a CSV export, independently of CityCare's own code, as
 * docs/audit-chain.md specifies it. Needs only a JDK 17:
 *
 * <pre>
 *   java tools/VerifyAuditChain.java audit.csv [--head LAST_SEQ:LAST_HASH] [--anchor HASH]
 * </pre>
 *
 * An export of a range is checked with {@code --anchor}, the hash of the event just before the range (CityCare
 * puts it in the download): the check starts at the range's first event, which must point at that hash.
 * Without it the chain must start at seq 1.
 *
 * The CSV has a header and the columns seq, occurred_at, actor, entity_type, entity_id, action, changes,
 * reason, prev_hash, hash (PostgreSQL's {@code \copy ... CSV HEADER}: an empty unquoted field is NULL, a
 * quoted empty field is the empty text). Prints INTACT or the first broken link; exit code 0 or 1.
 */
public class VerifyAuditChain {

    static final String GENESIS = "0".repeat(64);
    static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd['T'][' ']HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendPattern("[XXX][XX][X]")
            .toFormatter();

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java tools/VerifyAuditChain.java audit.csv [--head LAST_SEQ:LAST_HASH] [--anchor HASH]");
            System.exit(2);
        }
        String head = option(args, "--head");
        String verdict = verify(Path.of(args[0]), head, option(args, "--anchor"));
        System.out.println(verdict);
        System.exit(verdict.startsWith("INTACT") ? 0 : 1);
    }

    private static String option(String[] args, String name) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }

    /** The verdict on a whole chain's export. */
    static String verify(Path csv, String head) throws IOException {
        return verify(csv, head, null);
    }

    /** The verdict line for the export: "INTACT: ..." or "BROKEN at seq N: altered|missing|relinked|truncated". */
    static String verify(Path csv, String head, String anchor) throws IOException {
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
        long expected = 1;
        String previous = GENESIS;
        String range = "";
        if (anchor != null && rows.size() > 1) {
            expected = Long.parseLong(rows.get(1).get(0));
            previous = anchor;
            range = " from seq " + expected;
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            long seq = Long.parseLong(row.get(0));
            if (seq != expected) {
                return "BROKEN at seq " + expected + ": missing";
            }
            String time = Instant.from(OffsetDateTime.parse(row.get(1), TIME)).toString();
            String computed = sha256(seq + "", time, row.get(2), row.get(3), row.get(4), row.get(5), row.get(6),
                    row.get(7), row.get(8));
            if (!computed.equals(row.get(9))) {
                return "BROKEN at seq " + seq + ": altered";
            }
            if (!previous.equals(row.get(8))) {
                return "BROKEN at seq " + seq + ": relinked";
            }
            previous = row.get(9);
            expected++;
        }
        if (head != null) {
            String[] parts = head.split(":", 2);
            if (Long.parseLong(parts[0]) != expected - 1 || !parts[1].equals(previous)) {
                return "BROKEN at seq " + expected + ": truncated";
            }
        }
        return "INTACT: " + (rows.size() - 1) + " events" + range + ", last hash " + previous;
    }

    /** Each field as its length in UTF-16 code units, a colon and the text, then '|'; null is "-1:". */
    static String sha256(String... fields) {
        var text = new StringBuilder();
        for (String field : fields) {
            text.append(field == null ? "-1:" : field.length() + ":" + field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180 fields; an unquoted empty field is null. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.length() == 0 && !wasQuoted ? null : field.toString());
                field.setLength(0);
                wasQuoted = false;
                if (c != ',') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || wasQuoted || !row.isEmpty()) {
            row.add(field.length() == 0 && !wasQuoted ? null : field.toString());
            rows.add(row);
        }
        return rows;
    }
}

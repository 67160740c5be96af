import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints one table from Gatling reports: per request (and per group) the count, failures, p50, p95, p99 and
 * requests per second, and each one's throughput as a share of the static ceiling's.
 * <p>
 * Reads {@code js/stats.js} of each report directory given, which Gatling 3.13 writes with its HTML report
 * (simulation.log is binary since 3.12). Percentiles 1, 3 and 4 are p50, p95 and p99 with Gatling's default
 * settings; times are of the successful responses. Single-file program: {@code java Summary.java dir...}.
 */
public class Summary {

    private static final Pattern BLOCK = Pattern.compile(
            "type: \"(REQUEST|GROUP)\",\\s*name: \"((?:[^\"\\\\]|\\\\.)*)\",\\s*path: \"((?:[^\"\\\\]|\\\\.)*)\"");

    record Row(String simulation, String type, String path, long total, long ko, String p50, String p95, String p99,
               double perSecond) {
    }

    public static void main(String[] args) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String dir : args) {
            Path stats = Path.of(dir, "js", "stats.js");
            if (!Files.exists(stats)) {
                System.err.println("no " + stats + ": did that simulation end?");
                continue;
            }
            String simulation = Path.of(dir).getFileName().toString().replaceAll("-\\d+$", "");
            rows.addAll(read(simulation, Files.readString(stats)));
        }
        double ceiling = rows.stream().filter(r -> r.path().equals("static file")).mapToDouble(Row::perSecond)
                .findFirst().orElse(Double.NaN);

        String format = "%-24s %-52s %7s %5s %7s %7s %7s %8s %8s%n";
        System.out.printf(format, "simulation", "request", "count", "KO", "p50 ms", "p95 ms", "p99 ms", "req/s", "÷ static");
        String simulation = "";
        double listPages = 0;
        for (Row r : rows) {
            String name = (r.type().equals("GROUP") ? "[group] " : "") + r.path();
            System.out.printf(Locale.ROOT, format, r.simulation().equals(simulation) ? "" : r.simulation(),
                    name.length() > 52 ? name.substring(0, 51) + "…" : name, r.total(), r.ko(), r.p50(), r.p95(), r.p99(),
                    String.format(Locale.ROOT, "%.1f", r.perSecond()), ratio(r.perSecond(), ceiling));
            simulation = r.simulation();
            if (r.simulation().startsWith("listpages") && r.type().equals("REQUEST") && r.path().contains(": ")) {
                listPages += r.perSecond();
            }
        }
        double audited = rate(rows, "worker saved (audit trail on)");
        double unaudited = rate(rows, "worker saved (audit trail off)");
        if (audited > 0 && unaudited > 0) {
            System.out.printf(Locale.ROOT, "%nclerks' saves: %.1f/s with the audit trail, %.1f/s without; ratio %s%n",
                    audited, unaudited, ratio(audited, unaudited));
        }
        if (listPages > 0) {
            System.out.printf(Locale.ROOT, "%nlist-page requests, all pages: %.1f req/s; static ceiling: %.1f req/s; ratio %s%n",
                    listPages, ceiling, ratio(listPages, ceiling));
        }
    }

    private static double rate(List<Row> rows, String request) {
        return rows.stream().filter(r -> r.path().equals(request)).mapToDouble(Row::perSecond).findFirst().orElse(0);
    }

    private static String ratio(double perSecond, double ceiling) {
        return Double.isNaN(ceiling) || ceiling == 0 ? "-" : String.format(Locale.ROOT, "%.3f", perSecond / ceiling);
    }

    /** The blocks of stats.js in order; the first, "All Requests", is left out (the simulations' own rows say more). */
    static List<Row> read(String simulation, String js) {
        List<Row> rows = new ArrayList<>();
        Matcher block = BLOCK.matcher(js);
        List<int[]> starts = new ArrayList<>();
        while (block.find()) {
            starts.add(new int[] {block.start(), block.end()});
        }
        for (int i = 0; i < starts.size(); i++) {
            block.find(starts.get(i)[0]);
            String type = block.group(1);
            String path = block.group(3);
            if (type.equals("GROUP") && path.isEmpty()) {
                continue;
            }
            // the block's own stats end before the next block (a group's contents follow its stats)
            String body = js.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : js.length());
            rows.add(new Row(simulation, type, path.replace("\\\"", "\""),
                    Long.parseLong(value(body, "numberOfRequests", "total")),
                    Long.parseLong(value(body, "numberOfRequests", "ko")),
                    value(body, "percentiles1", "ok"), value(body, "percentiles3", "ok"), value(body, "percentiles4", "ok"),
                    Double.parseDouble(value(body, "meanNumberOfRequestsPerSecond", "total"))));
        }
        return rows;
    }

    private static String value(String body, String stat, String which) {
        Matcher m = Pattern.compile("\"" + stat + "\": \\{[^}]*\"" + which + "\": \"?([^\",}\\s]+)").matcher(body);
        return m.find() ? m.group(1) : "-";
    }
}

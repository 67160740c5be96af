package pl.citycare.bench;

import pl.citycare.shared.domain.identifiers.Nip;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** Pracodawcy: employers of seasonal workers, each with one work site (where mobile test sites go). */
final class EmployersStep extends Step {

    private final Context context;
    final long count;

    EmployersStep(Context context) {
        super("employers");
        this.context = context;
        this.count = context.scaled(2_000);
    }

    @Override
    long total() {
        return count;
    }

    @Override
    List<Table> tables() {
        return List.of(Table.withSequence("ts_employer", "ts_employer_seq", count),
                Table.withSequence("ts_work_site", "ts_work_site_seq", count));
    }

    @Override
    void generate(Run run, long from) throws SQLException {
        Sink employers = run.sink("ts_employer", "id", "name", "nip", "regon", "address", "contact_person", "contact_phone",
                "contact_email", "version");
        Sink sites = run.sink("ts_work_site", "id", "employer_id", "name", "address", "version");
        long employerBase = run.base("ts_employer");
        long siteBase = run.base("ts_work_site");
        for (long e = from; e < count; e++) {
            var random = context.random("ts_employer", e);
            String owner = Names.pick(random, Names.PL_SURNAMES);
            String nip = Names.nip(String.format(Locale.ROOT, "99%06d", e));
            if (!Nip.isValid(nip)) {
                throw new IllegalStateException("generated an invalid NIP " + nip);
            }
            String address = Names.address(random);
            employers.row(employerBase + e, Names.pick(random, Names.EMPLOYER_KINDS) + " " + owner + " nr " + (e + 1), nip, null,
                    address, Names.pick(random, Names.PL_MEN) + " " + owner,
                    String.format(Locale.ROOT, "+48 %03d %03d %03d", 500 + random.nextInt(300), random.nextInt(1000), random.nextInt(1000)),
                    "kadry" + (e + 1) + "@example.pl", 0);
            sites.row(siteBase + e, employerBase + e, "Baza " + owner, address, 0);
            run.rowDone();
        }
    }
}

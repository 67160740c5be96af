package pl.citycare.testing.application;

import jakarta.persistence.EntityManager;
import pl.citycare.shared.domain.RuleViolation;
import pl.citycare.testing.domain.employer.Employer;
import pl.citycare.testing.domain.worker.Worker;
import pl.citycare.testing.domain.worker.WorkerDetails;
import pl.citycare.testing.domain.workerimport.ColumnMapping;
import pl.citycare.testing.domain.workerimport.ColumnMapping.RowProblem;
import pl.citycare.testing.domain.workerimport.ColumnMapping.RowReading;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Grid;
import pl.citycare.testing.domain.workerimport.WorkerListFile.Line;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What importing a list would do, row by row: create a worker, change one (and which fields), leave one as
 * it is, or skip the row for its problems. The passport is the person: a passport already registered is
 * that worker, whichever employer had them; a passport twice in one file is a mistake in the second row.
 * The preview shows this plan; the import job makes it again from the same file, inside its transaction.
 */
final class WorkerListPlan {

    private static final int PASSPORTS_PER_QUERY = 500;

    /** What a row will do. */
    enum Kind {
        NEW, CHANGED, UNCHANGED, ERROR
    }

    /** One row's plan: its number in the file, who it is, what it will do and why not, when it will not. */
    record Row(int number, String passport, String name, Kind kind, List<String> changedFields, List<RowProblem> problems,
               WorkerDetails details, Long existingId) implements Serializable {
    }

    private WorkerListPlan() {
    }

    static List<Row> of(EntityManager em, Grid grid, ColumnMapping mapping, Employer employer, LocalDate today) {
        var readings = new ArrayList<Row>(grid.lines().size());
        var firstRowOf = new HashMap<String, Integer>();
        for (Line line : grid.lines()) {
            readings.add(read(line, grid.header(), mapping, employer, today, firstRowOf));
        }
        Map<String, Worker> existing = existing(em, readings.stream().filter(r -> r.kind() == Kind.NEW).map(Row::passport).toList());
        var rows = new ArrayList<Row>(readings.size());
        for (Row row : readings) {
            Worker worker = row.kind() == Kind.NEW ? existing.get(row.passport()) : null;
            if (worker == null) {
                rows.add(row);
                continue;
            }
            List<String> changed = changes(worker.details(), row.details());
            rows.add(new Row(row.number(), row.passport(), row.name(), changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, changed,
                    List.of(), row.details(), worker.getId()));
        }
        return rows;
    }

    private static Row read(Line line, List<String> header, ColumnMapping mapping, Employer employer, LocalDate today,
                            Map<String, Integer> firstRowOf) {
        RowReading reading = mapping.read(line, header, employer.getId());
        if (reading.details() == null) {
            return error(line, reading.problems());
        }
        WorkerDetails details;
        try {
            // The worker's own rules, on a worker that is never saved: the row is read as the form would be.
            details = Worker.register(reading.details(), employer, today).details();
        } catch (RuleViolation violation) {
            return error(line, List.of(new RowProblem(mapping.headerOf(violation.field(), header), violation.field(),
                    violation.messageKey(), null)));
        }
        Integer first = firstRowOf.putIfAbsent(details.passport(), line.number());
        if (first != null) {
            return error(line, List.of(new RowProblem(mapping.headerOf("passport", header), "passport",
                    "testing.workerImport.row.repeated", String.valueOf(first))));
        }
        return new Row(line.number(), details.passport(), details.surname() + " " + details.givenNames(), Kind.NEW, List.of(),
                List.of(), details, null);
    }

    private static Row error(Line line, List<RowProblem> problems) {
        return new Row(line.number(), null, null, Kind.ERROR, List.of(), problems, null, null);
    }

    private static Map<String, Worker> existing(EntityManager em, List<String> passports) {
        var found = new HashMap<String, Worker>();
        for (int from = 0; from < passports.size(); from += PASSPORTS_PER_QUERY) {
            List<String> chunk = passports.subList(from, Math.min(from + PASSPORTS_PER_QUERY, passports.size()));
            em.createQuery("SELECT w FROM Worker w WHERE w.passport IN :passports", Worker.class).setParameter("passports", chunk)
                    .getResultStream().forEach(w -> found.put(w.getPassport(), w));
        }
        return found;
    }

    /** The fields whose values differ, by the names the worker form uses. */
    static List<String> changes(WorkerDetails before, WorkerDetails after) {
        var changed = new ArrayList<String>();
        compare(changed, "surname", before.surname(), after.surname());
        compare(changed, "givenNames", before.givenNames(), after.givenNames());
        compare(changed, "surnameCyrillic", before.surnameCyrillic(), after.surnameCyrillic());
        compare(changed, "givenNamesCyrillic", before.givenNamesCyrillic(), after.givenNamesCyrillic());
        compare(changed, "birthDate", before.birthDate(), after.birthDate());
        compare(changed, "nationality", before.nationality(), after.nationality());
        compare(changed, "phone", before.phone(), after.phone());
        compare(changed, "language", before.language(), after.language());
        compare(changed, "employer", before.employerId(), after.employerId());
        compare(changed, "accommodation", before.accommodation(), after.accommodation());
        return List.copyOf(changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}

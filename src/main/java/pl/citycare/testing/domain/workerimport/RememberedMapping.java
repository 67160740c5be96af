package pl.citycare.testing.domain.workerimport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.citycare.shared.audit.AuditedEntity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collections;

/**
 * Zapamiętane przypisanie kolumn: the column choices made for an employer's headers, offered first when that
 * employer's next list arrives. Headers are kept as {@link WorkerColumn#headerKey}s, one {@code key=COLUMN} a line.
 */
@Entity
@Table(name = "ts_worker_import_mapping")
public class RememberedMapping extends AuditedEntity {

    private static final int CHOICES_MAX = 4000;

    @Id
    @Column(name = "employer_id")
    private Long employerId;

    @Column(nullable = false)
    private String choices;

    protected RememberedMapping() {
        // for JPA
    }

    public RememberedMapping(long employerId) {
        this.employerId = employerId;
        this.choices = "";
    }

    public Map<String, WorkerColumn> choices() {
        var map = new LinkedHashMap<String, WorkerColumn>();
        for (String line : choices.isEmpty() ? new String[0] : choices.split("\n")) {
            int at = line.lastIndexOf('=');
            if (at > 0) {
                map.put(line.substring(0, at), WorkerColumn.valueOf(line.substring(at + 1)));
            }
        }
        return map;
    }

    /** Adds (or changes) the choices for these headers, keeping those for headers this list did not have. */
    public void remember(Map<String, WorkerColumn> latest) {
        var merged = choices();
        merged.putAll(latest);
        var text = new StringBuilder();
        merged.forEach((header, column) -> {
            String line = header.replace('\n', ' ') + "=" + column.name() + "\n";
            if (text.length() + line.length() <= CHOICES_MAX) {
                text.append(line);
            }
        });
        choices = text.toString();
    }

    @Override
    public Long getId() {
        return employerId;
    }

    @Override
    protected Map<String, Object> auditState() {
        return Collections.singletonMap("choices", choices);
    }
}

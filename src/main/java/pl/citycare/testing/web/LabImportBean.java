package pl.citycare.testing.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import pl.citycare.platform.i18n.Messages;
import pl.citycare.shared.application.Rejected;
import pl.citycare.testing.application.LabResults;
import pl.citycare.testing.application.LabResults.ItemOutcome;
import pl.citycare.testing.application.LabResults.Outcome;
import pl.citycare.testing.domain.lab.LabCsv;
import pl.citycare.testing.domain.lab.UnmatchedResult.Received;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Import wyników z pliku: the clerk uploads a lab's CSV, reads the preview with each line's problems
 * (translated, with the line number and column), and imports the readable lines; importing the same file
 * again changes nothing, and lines no sample fits wait in the unmatched inbox.
 */
@Named
@ViewScoped
public class LabImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LabImportBean.class.getName());

    /** Lines imported in one transaction. */
    static final int LINES_A_TRANSACTION = 1_000;

    @Inject
    private LabResults labResults;

    private transient Part file;
    private String lab;
    private List<LabCsv.Line> lines = List.of();

    public void preview() {
        lines = List.of();
        if (lab == null || lab.isBlank()) {
            refuse("upload:lab", "testing.labKey.rule.lab");
            return;
        }
        if (file == null || file.getSize() == 0) {
            refuse("upload:file", "testing.labImport.rule.empty");
            return;
        }
        if (file.getSize() > LabCsv.MAX_BYTES) {
            refuse("upload:file", "testing.labImport.rule.tooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            LabCsv.Parsed parsed = LabCsv.read(in.readNBytes(LabCsv.MAX_BYTES + 1), lab.strip());
            if (parsed.problemKey() != null) {
                refuse("upload:file", parsed.problemKey());
                return;
            }
            lines = parsed.lines();
        } catch (IOException e) {
            refuse("upload:file", "testing.labImport.rule.unreadable");
        }
    }

    /**
     * Imports the readable lines a thousand at a time, each thousand in a transaction of its own: a lab's 100,000-line
     * file neither holds one transaction (and its locks) for minutes nor keeps every sample it touches in memory. A
     * stop half-way keeps what was imported, and importing the same file again takes only the rest.
     */
    public void importReadable() {
        List<Received> readable = lines.stream().filter(LabCsv.Line::readable).map(LabCsv.Line::received).toList();
        var outcomes = new ArrayList<ItemOutcome>(readable.size());
        try {
            for (int from = 0; from < readable.size(); from += LINES_A_TRANSACTION) {
                outcomes.addAll(labResults.importFile(readable.subList(from, Math.min(readable.size(), from + LINES_A_TRANSACTION))));
            }
        } catch (Rejected rejected) {
            stopped(rejected.messageKey(), outcomes.size(), readable.size());
            return;
        } catch (EJBException failed) {
            // The database away, or a part refused: the parts before it are committed, and the clerk must know so.
            LOG.log(Level.WARNING, "Lab file import stopped after " + outcomes.size() + " of " + readable.size() + " lines", failed);
            stopped("error.500.text", outcomes.size(), readable.size());
            return;
        }
        Map<Outcome, Long> counts = outcomes.stream().collect(Collectors.groupingBy(ItemOutcome::outcome, Collectors.counting()));
        Messages.add(null, FacesMessage.SEVERITY_INFO, "testing.labImport.done", counts.getOrDefault(Outcome.RECORDED, 0L),
                counts.getOrDefault(Outcome.UNMATCHED, 0L),
                counts.getOrDefault(Outcome.ALREADY_RECORDED, 0L) + counts.getOrDefault(Outcome.ALREADY_WAITING, 0L),
                lines.size() - readable.size());
        lines = List.of();
    }

    private static void stopped(String reasonKey, int imported, int readable) {
        Messages.add(null, FacesMessage.SEVERITY_ERROR, reasonKey);
        if (imported > 0) {
            Messages.add(null, FacesMessage.SEVERITY_WARN, "testing.labImport.stopped", imported, readable);
        }
    }

    private static void refuse(String clientId, String key) {
        Messages.add(clientId, FacesMessage.SEVERITY_ERROR, key);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A line's problems as the clerk reads them: column and translated message. */
    public String problems(LabCsv.Line line) {
        return line.problems().stream().map(p -> p.field() + ": " + Messages.text(p.messageKey())).collect(Collectors.joining("; "));
    }

    public long getReadableCount() {
        return lines.stream().filter(LabCsv.Line::readable).count();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getLab() {
        return lab;
    }

    public void setLab(String lab) {
        this.lab = lab;
    }

    public List<LabCsv.Line> getLines() {
        return lines;
    }
}

package org.earshot.web.evaluation;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.earshot.evaluation.FormVersion;
import org.earshot.evaluation.ScorecardService;
import org.earshot.evaluation.ScorecardView;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The forms list of QA leads: each scorecard with its published version and draft and where it is
 * assigned; creating a form, importing one from its JSON file (each fault on its path) and exporting
 * a version. {@link ScorecardService} decides who may design forms and what a form may be.
 */
@Named
@ViewScoped
public class FormsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String EDITOR = "/app/quality/form.xhtml?faces-redirect=true&id=";

    @EJB
    private ScorecardService scorecards;

    private List<ScorecardView> shown;
    private String name;
    private String description;
    private UploadedFile file;

    public List<ScorecardView> getScorecards() {
        if (shown == null) {
            shown = ServiceCall.query(null, () -> scorecards.list(null, PageRequest.firstPage(PageRequest.MAX_SIZE)).items())
                    .orElse(List.of());
        }
        return shown;
    }

    /** Creates the form with an empty draft and opens it in the editor. */
    public String create() {
        return ServiceCall.query("createForm", FieldPaths.onInputs("createForm", () -> scorecards.create(name, description)))
                .map(created -> EDITOR + created.id()).orElse(null);
    }

    /** Imports the uploaded JSON as a new form's first draft; every fault is listed with its path in the file. */
    public String importFile() {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        String json = new String(file.getContent(), StandardCharsets.UTF_8);
        return ServiceCall.query("importForm", FieldPaths.onInputs("importForm", () -> scorecards.importForm(json)))
                .map(imported -> EDITOR + imported.id()).orElse(null);
    }

    /** The version's canonical JSON as a file download, named after the form and the version. */
    public StreamedContent export(ScorecardView scorecard, int number) {
        FormVersion version = ServiceCall.query(null, () -> scorecards.version(scorecard.id(), number)).orElse(null);
        if (version == null) {
            return null;
        }
        byte[] json = version.definition().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(fileName(scorecard, number)).contentType("application/json")
                .contentLength((long) json.length).stream(() -> new ByteArrayInputStream(json)).build();
    }

    private static String fileName(ScorecardView scorecard, int number) {
        return scorecard.name().replaceAll("[^A-Za-z0-9_-]+", "-") + "-v" + number + ".json";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

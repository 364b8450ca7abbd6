package org.earshot.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.earshot.monitoring.MonitoringPolicyService;
import org.earshot.monitoring.PromptView;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The audio prompts queues play: upload (a prompt is named after its file), listen or download,
 * delete when no queue plays it. Also the prompt options of the queue policy dialog.
 */
@Named
@ViewScoped
public class PromptsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MonitoringPolicyService policies;

    private List<PromptView> prompts;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        ServiceCall.change("promptsForm", () -> "Prompt "
                + policies.uploadPrompt(nameOf(file.getFileName()), file.getFileName(), file.getContent()).name() + " uploaded");
        prompts = null;
    }

    public void delete(PromptView prompt) {
        ServiceCall.change("promptsForm", () -> {
            policies.deletePrompt(prompt.id());
            return "Prompt " + prompt.name() + " deleted";
        });
        prompts = null;
    }

    public List<PromptView> getPrompts() {
        if (prompts == null) {
            prompts = ServiceCall.query("promptsForm", policies::prompts).orElse(List.of());
        }
        return prompts;
    }

    /** "2.6 s" */
    public String lengthOf(PromptView prompt) {
        return String.format(Locale.ROOT, "%.1f s", prompt.length().toMillis() / 1000.0);
    }

    public String playedBy(PromptView prompt) {
        return prompt.inUse() ? String.join(", ", prompt.usedBy()) : "no queue";
    }

    /** The file's name without its folder or extension: "Call may be recorded.wav" is the prompt "Call may be recorded". */
    static String nameOf(String fileName) {
        String name = fileName == null ? "" : fileName.replaceFirst("^.*[/\\\\]", "");
        int extension = name.lastIndexOf('.');
        return extension > 0 ? name.substring(0, extension) : name;
    }
}

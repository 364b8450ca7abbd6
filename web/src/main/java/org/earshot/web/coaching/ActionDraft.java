package org.earshot.web.coaching;

import java.io.Serializable;
import java.time.LocalDate;
import org.earshot.coaching.NewAction;

/** An agreed action as it is being entered on the session page. */
public class ActionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private LocalDate dueOn;

    NewAction toNewAction() {
        return new NewAction(text, dueOn);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}

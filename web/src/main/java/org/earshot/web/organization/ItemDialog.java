package org.earshot.web.organization;

import java.io.Serializable;

/**
 * What the organization pages' item dialogs share: whether the dialog edits an item or makes a new one,
 * and the item's name. Each page declares what its name requires on its {@link #getName()}, in its own
 * words ("Site name is required").
 */
public abstract class ItemDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editedId;
    private String name;

    /** Opens the dialog on an item, its id and name; on a new item, both null. */
    protected void open(Long id, String itemName) {
        editedId = id;
        name = itemName;
    }

    /** The item being edited; null while a new one is made. */
    protected Long editedId() {
        return editedId;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

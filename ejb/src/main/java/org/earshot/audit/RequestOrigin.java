package org.earshot.audit;

import jakarta.enterprise.context.RequestScoped;

/** Where the current request came from (the client address), set by the web layer for the audit trail. */
@RequestScoped
public class RequestOrigin {

    private String address;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}

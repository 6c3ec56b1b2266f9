package org.plenary.amendments.web;

/** An actor for or against a proposal, with the date and evidence. */
public class StandForm extends StatedWithEvidence {

    private String role = "supporter";

    public String getRole() {
        return this.role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}

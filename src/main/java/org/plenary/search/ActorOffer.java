package org.plenary.search;

/** An actor whose name, code or alias is exactly what was searched: the results page offers its page first. */
record ActorOffer(String code, String name, boolean group) {

    public String link() {
        return (this.group ? "/groups/" : "/actors/") + this.code;
    }
}

package org.plenary.following;

/**
 * The follow or unfollow button a page shows a signed-in reader: what it posts to, whether the reader follows already,
 * and where to come back to.
 */
public record FollowButton(String kind, Long id, boolean following, String back) {

    public String action() {
        return "/follows/" + this.kind + "/" + this.id + (this.following ? "/delete" : "");
    }
}

package org.govweb.scoring.drools.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govweb.scoring.newmedia.Post;

/**
 * The posts of a new-media account dated within a window a rule chose (both ends included), read in one
 * pass over the account's posts. It selects and judges nothing: the rule that asks for the window says
 * what its contents mean (no update, too few updates).
 *
 * @param from first day of the window
 * @param to last day of the window
 * @param ids the ids of the posts dated within the window, in the account's order
 * @param latest the latest post date on or before {@code to}, or null when there is none
 */
public record PostWindow(LocalDate from, LocalDate to, List<String> ids, LocalDate latest) {

    /** Copies the list. */
    public PostWindow {
        ids = List.copyOf(ids);
    }

    /**
     * @param posts the account's posts
     * @param from first day of the window
     * @param to last day of the window
     * @return the posts dated within [from, to]
     */
    public static PostWindow of(List<Post> posts, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        LocalDate latest = null;
        for (Post p : posts) {
            LocalDate d = p.publishedOn();
            if (d.isAfter(to)) {
                continue;
            }
            if (latest == null || d.isAfter(latest)) {
                latest = d;
            }
            if (!d.isBefore(from)) {
                ids.add(p.id());
            }
        }
        return new PostWindow(from, to, ids, latest);
    }

    /** @return how many posts are dated within the window */
    public int count() {
        return ids.size();
    }
}

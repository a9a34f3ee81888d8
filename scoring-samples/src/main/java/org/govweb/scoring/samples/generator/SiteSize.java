package org.govweb.scoring.samples.generator;

/**
 * How big a generated government website is. The counts are those of a typical small, median and
 * large site (a department, a county portal, a city portal); every size is probed for one week
 * every five minutes.
 */
public enum SiteSize {
    /** A small site, e.g. a county department: 50 columns, 500 dated publications. */
    SMALL(50, 500, 100, 20, 300),
    /** A median site, e.g. a county portal: 150 columns, 3,000 dated publications. */
    MEDIAN(150, 3_000, 600, 300, 1_500),
    /** A large site, e.g. a city portal: 400 columns, 20,000 dated publications. */
    LARGE(400, 20_000, 3_000, 1_500, 8_000);

    /** Availability probes of every size: one week, one every five minutes (7 × 288). */
    public static final int PROBES = 7 * 288;

    private final int columns;
    private final int datedPublications;
    private final int messages;
    private final int serviceItems;
    private final int links;

    SiteSize(int columns, int datedPublications, int messages, int serviceItems, int links) {
        this.columns = columns;
        this.datedPublications = datedPublications;
        this.messages = messages;
        this.serviceItems = serviceItems;
        this.links = links;
    }

    /** @return the number of columns (栏目), blank ones included */
    public int columns() {
        return columns;
    }

    /** @return the number of publications that state a date, over the homepage and every column */
    public int datedPublications() {
        return datedPublications;
    }

    /** @return the number of messages (留言) of the interactive columns */
    public int messages() {
        return messages;
    }

    /** @return the number of service items of a unit with a public-service function */
    public int serviceItems() {
        return serviceItems;
    }

    /** @return the number of links checked */
    public int links() {
        return links;
    }

    /** @return the number of availability probes (the same for every size) */
    public int probes() {
        return PROBES;
    }

    /** @return the lower-case name used on the command line: small, median, large */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

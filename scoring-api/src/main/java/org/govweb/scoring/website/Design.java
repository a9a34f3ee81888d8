package org.govweb.scoring.website;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * 功能设计: the site's design and functions.
 *
 * @param domainCompliant the domain name complies with the rules (D4.1)
 * @param namedAfterUnit the site is named after its unit (D4.1)
 * @param nameInHeaderOnAllPages the site name is shown prominently in the header of every page (D4.1)
 * @param footerElements what the footer of every page shows (D4.2)
 * @param links links checked (D4.3)
 * @param errorReportEntryOnHomepage the homepage footer carries the 我为政府网站找错 entry (D4.4)
 * @param pagesMissingErrorReportEntry other pages whose footer lacks that entry (D4.4)
 * @param search the site search (D4.6, B4.1)
 * @param singleSignOn registered users use one account across functional sections (D4.7)
 * @param pageTags pages checked for meta tags (D4.8)
 * @param browsersFailing classes of mainstream browser that cannot display the pages properly (D4.9)
 * @param ipv6 the IPv6 upgrade is done (D4.10)
 */
public record Design(
        @JsonProperty(value = "domainCompliant", required = true) boolean domainCompliant,
        @JsonProperty(value = "namedAfterUnit", required = true) boolean namedAfterUnit,
        @JsonProperty(value = "nameInHeaderOnAllPages", required = true) boolean nameInHeaderOnAllPages,
        @JsonProperty(value = "footerElements", required = true) List<FooterElement> footerElements,
        @JsonProperty(value = "links", required = true) List<Link> links,
        @JsonProperty(value = "errorReportEntryOnHomepage", required = true) boolean errorReportEntryOnHomepage,
        @JsonProperty(value = "pagesMissingErrorReportEntry", required = true) List<String> pagesMissingErrorReportEntry,
        @JsonProperty(value = "search", required = true) Search search,
        @JsonProperty(value = "singleSignOn", required = true) boolean singleSignOn,
        @JsonProperty(value = "pageTags", required = true) List<PageTag> pageTags,
        @JsonProperty(value = "browsersFailing", required = true) List<String> browsersFailing,
        @JsonProperty(value = "ipv6", required = true) boolean ipv6) {
    /** Checks required components and copies lists (immutable). */
    public Design {
        footerElements = List.copyOf(Objects.requireNonNull(footerElements, "footerElements"));
        links = List.copyOf(Objects.requireNonNull(links, "links"));
        pagesMissingErrorReportEntry = List.copyOf(Objects.requireNonNull(pagesMissingErrorReportEntry, "pagesMissingErrorReportEntry"));
        Objects.requireNonNull(search, "search");
        pageTags = List.copyOf(Objects.requireNonNull(pageTags, "pageTags"));
        browsersFailing = List.copyOf(Objects.requireNonNull(browsersFailing, "browsersFailing"));
    }

    /** @return a builder with every component unset (lists empty, booleans false) */
    public static Builder builder() { return new Builder(); }

    /** @return a builder holding this record's components, to derive a changed copy */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.domainCompliant = domainCompliant;
        b.namedAfterUnit = namedAfterUnit;
        b.nameInHeaderOnAllPages = nameInHeaderOnAllPages;
        b.footerElements = footerElements;
        b.links = links;
        b.errorReportEntryOnHomepage = errorReportEntryOnHomepage;
        b.pagesMissingErrorReportEntry = pagesMissingErrorReportEntry;
        b.search = search;
        b.singleSignOn = singleSignOn;
        b.pageTags = pageTags;
        b.browsersFailing = browsersFailing;
        b.ipv6 = ipv6;
        return b;
    }

    /** Builder of {@link Design}; {@link #build()} applies the record's checks. */
    public static final class Builder {
        private boolean domainCompliant;
        private boolean namedAfterUnit;
        private boolean nameInHeaderOnAllPages;
        private List<FooterElement> footerElements = List.of();
        private List<Link> links = List.of();
        private boolean errorReportEntryOnHomepage;
        private List<String> pagesMissingErrorReportEntry = List.of();
        private Search search;
        private boolean singleSignOn;
        private List<PageTag> pageTags = List.of();
        private List<String> browsersFailing = List.of();
        private boolean ipv6;

        private Builder() { }

        /** @param domainCompliant the domain name complies with the rules (D4.1) @return this builder */
        public Builder domainCompliant(boolean domainCompliant) { this.domainCompliant = domainCompliant; return this; }

        /** @param namedAfterUnit the site is named after its unit (D4.1) @return this builder */
        public Builder namedAfterUnit(boolean namedAfterUnit) { this.namedAfterUnit = namedAfterUnit; return this; }

        /** @param nameInHeaderOnAllPages the site name is shown prominently in the header of every page (D4.1) @return this builder */
        public Builder nameInHeaderOnAllPages(boolean nameInHeaderOnAllPages) { this.nameInHeaderOnAllPages = nameInHeaderOnAllPages; return this; }

        /** @param footerElements what the footer of every page shows (D4.2) @return this builder */
        public Builder footerElements(List<FooterElement> footerElements) { this.footerElements = footerElements; return this; }

        /** @param links links checked (D4.3) @return this builder */
        public Builder links(List<Link> links) { this.links = links; return this; }

        /** @param errorReportEntryOnHomepage the homepage footer carries the 我为政府网站找错 entry (D4.4) @return this builder */
        public Builder errorReportEntryOnHomepage(boolean errorReportEntryOnHomepage) { this.errorReportEntryOnHomepage = errorReportEntryOnHomepage; return this; }

        /** @param pagesMissingErrorReportEntry other pages whose footer lacks that entry (D4.4) @return this builder */
        public Builder pagesMissingErrorReportEntry(List<String> pagesMissingErrorReportEntry) { this.pagesMissingErrorReportEntry = pagesMissingErrorReportEntry; return this; }

        /** @param search the site search (D4.6, B4.1) @return this builder */
        public Builder search(Search search) { this.search = search; return this; }

        /** @param singleSignOn registered users use one account across functional sections (D4.7) @return this builder */
        public Builder singleSignOn(boolean singleSignOn) { this.singleSignOn = singleSignOn; return this; }

        /** @param pageTags pages checked for meta tags (D4.8) @return this builder */
        public Builder pageTags(List<PageTag> pageTags) { this.pageTags = pageTags; return this; }

        /** @param browsersFailing classes of mainstream browser that cannot display the pages properly (D4.9) @return this builder */
        public Builder browsersFailing(List<String> browsersFailing) { this.browsersFailing = browsersFailing; return this; }

        /** @param ipv6 the IPv6 upgrade is done (D4.10) @return this builder */
        public Builder ipv6(boolean ipv6) { this.ipv6 = ipv6; return this; }

        /** @return the record */
        public Design build() { return new Design(domainCompliant, namedAfterUnit, nameInHeaderOnAllPages, footerElements, links, errorReportEntryOnHomepage, pagesMissingErrorReportEntry, search, singleSignOn, pageTags, browsersFailing, ipv6); }
    }
}

package org.govweb.scoring.drools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void scoresTheExample() throws Exception {
        ObjectMapper m = new ObjectMapper().registerModule(new JavaTimeModule());
        WebsiteInspection w = m.readValue(getClass().getResourceAsStream("/examples/website-county-portal.json"), WebsiteInspection.class);
        long t = System.nanoTime();
        DroolsScoringEngine e = DroolsScoringEngine.bundled();
        System.out.println("build ms " + (System.nanoTime() - t) / 1e6);
        var r = e.score(w);
        System.out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        t = System.nanoTime();
        for (int i = 0; i < 50; i++) e.score(w);
        System.out.println("score ms " + (System.nanoTime() - t) / 1e6 / 50);
    }
}

package org.govweb.scoring.samples.generator;

import static org.govweb.scoring.samples.generator.ChineseNames.pick;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.govweb.scoring.newmedia.Account;
import org.govweb.scoring.newmedia.Falsification;
import org.govweb.scoring.newmedia.FalsificationKind;
import org.govweb.scoring.newmedia.NewMediaIncident;
import org.govweb.scoring.newmedia.NewMediaIncidentKind;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.newmedia.Platform;
import org.govweb.scoring.newmedia.Post;

/**
 * Builds one generated new-media account inspection: a year of posts on one platform; about one
 * account in five carries a veto condition (stale, a dead app, no interaction, falsification or an
 * incident).
 */
final class AccountFactory {

    private static final LocalDate FIRST_MONITORING_DATE = LocalDate.of(2020, 1, 1);
    private static final int MONITORING_DAYS = 6 * 365;

    /** Veto conditions an account can carry. */
    private enum Veto { STALE, APP_UNUSABLE, NOT_INTERACTIVE, FALSIFICATION, INCIDENT }

    private AccountFactory() {
    }

    /**
     * @param r the random source of this inspection
     * @param index the inspection's index among the accounts of its stream (for ids)
     * @return the inspection
     */
    static NewMediaInspection build(SplittableRandom r, int index) {
        LocalDate md = FIRST_MONITORING_DATE.plusDays(r.nextInt(MONITORING_DAYS));
        Platform platform = platform(r);
        Veto veto = null;
        if (r.nextInt(5) == 0) {
            Veto[] all = Veto.values();
            veto = all[r.nextInt(all.length)];
            if (veto == Veto.APP_UNUSABLE && platform != Platform.APP) {
                platform = Platform.APP;
            }
        }
        String place = r.nextInt(4) == 0 ? pick(r, ChineseNames.CITIES) : pick(r, ChineseNames.COUNTIES);
        String shortPlace = place.substring(0, place.length() - 1);
        String[] accountKind = pick(r, ChineseNames.ACCOUNT_KINDS);
        boolean police = r.nextInt(8) == 0;
        String name = police ? "平安" + shortPlace : shortPlace + accountKind[0];
        String unit = place + (police ? "公安局" : accountKind[1]);
        Account account = new Account("acct-" + Ids.pad(index, 6), name, unit, platform);

        // a year of posts, newest first; an active account posts several times a week
        double perWeek = Math.exp(Math.log(2) + r.nextDouble() * Math.log(10));
        double meanGap = 7.0 / perWeek;
        LocalDate date = veto == Veto.STALE ? md.minusDays(10 + r.nextInt(80)) : md.minusDays(r.nextInt(4));
        LocalDate oldest = md.minusYears(1);
        List<Post> posts = new ArrayList<>();
        while (!date.isBefore(oldest)) {
            posts.add(new Post("post-" + Ids.pad(posts.size() + 1, 5), date));
            date = date.minusDays((long) Math.floor(-meanGap * Math.log(1 - r.nextDouble())));
        }

        List<NewMediaIncident> incidents = List.of();
        if (veto == Veto.INCIDENT) {
            NewMediaIncidentKind kind = NewMediaIncidentKind.values()[r.nextInt(NewMediaIncidentKind.values().length)];
            incidents = List.of(new NewMediaIncident("inc-1", kind, null, md.minusDays(r.nextInt(30)), null));
        }
        List<Falsification> falsification = List.of();
        if (veto == Veto.FALSIFICATION) {
            FalsificationKind kind = FalsificationKind.values()[r.nextInt(FalsificationKind.values().length)];
            falsification = List.of(new Falsification("fal-1", kind, null));
        }
        Boolean appUsable = platform == Platform.APP ? veto != Veto.APP_UNUSABLE : null;
        return NewMediaInspection.builder()
                .id("gen-nm-" + Ids.pad(index, 6))
                .account(account)
                .monitoringDate(md)
                .incidents(incidents)
                .posts(posts)
                .appUsable(appUsable)
                .interactive(veto != Veto.NOT_INTERACTIVE)
                .falsification(falsification)
                .build();
    }

    private static Platform platform(SplittableRandom r) {
        int x = r.nextInt(100);
        if (x < 40) {
            return Platform.WECHAT;
        }
        if (x < 65) {
            return Platform.WEIBO;
        }
        if (x < 80) {
            return Platform.DOUYIN;
        }
        if (x < 90) {
            return Platform.TOUTIAO;
        }
        return x < 95 ? Platform.APP : Platform.OTHER;
    }
}

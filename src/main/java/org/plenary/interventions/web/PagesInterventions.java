package org.plenary.interventions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.plenary.drafts.DraftViews;
import org.plenary.interventions.InterventionQuery;
import org.plenary.interventions.InterventionReading;
import org.plenary.interventions.InterventionView;
import org.plenary.notes.NoteReader;
import org.plenary.notes.NoteView;
import org.plenary.process.MeetingRef;
import org.plenary.process.ProcessRef;

/**
 * Adds interventions to the pages of other modules without them knowing of interventions: a note gets those recorded
 * from it (and, for coordinators, the address of the quick form its "record as intervention" script opens), a day's
 * notes get the day's interventions by meeting, a paragraph's history what was said about it in every revision. Each is
 * a fixed number of queries.
 */
@Configuration(proxyBeanMethods = false)
class PagesInterventions implements WebMvcConfigurer, HandlerInterceptor {

    private final InterventionReading reading;

    PagesInterventions(InterventionReading reading) {
        this.reading = reading;
    }

    /** The interventions of one meeting of a day (or of the day itself, {@code meeting} null). */
    public record MeetingInterventions(MeetingRef meeting, List<InterventionView> interventions) {}

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/notes/*", "/processes/*/notes/days/*", "/drafts/*/paragraphs/*");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || page.getModel() == null || page.getViewName() == null) {
            return;
        }
        NoteReader.Viewer viewer =
                NoteReader.Viewer.of(SecurityContextHolder.getContext().getAuthentication());
        Map<String, Object> model = page.getModel();
        if ("notes/note".equals(page.getViewName())
                && model.get("note") instanceof NoteView note
                && model.get("process") instanceof ProcessRef process) {
            page.addObject(
                    "noteInterventions",
                    this.reading.all(
                            InterventionQuery.ofProcess(process.id())
                                    .note(note.note().id()),
                            viewer));
            if (viewer.coordinator() && !note.note().draft()) {
                page.addObject(
                        "recordInterventionUrl",
                        request.getContextPath() + "/processes/" + process.slug() + "/interventions/new?note="
                                + note.note().id());
            }
        }
        if ("notes/day".equals(page.getViewName())
                && model.get("day") instanceof LocalDate day
                && model.get("process") instanceof ProcessRef process) {
            page.addObject(
                    "dayInterventions",
                    byMeeting(this.reading.all(
                            InterventionQuery.ofProcess(process.id()).day(day), viewer)));
        }
        if ("drafts/history".equals(page.getViewName()) && model.get("history") instanceof DraftViews.History history) {
            page.addObject(
                    "lineageInterventions",
                    this.reading.all(
                            InterventionQuery.ofProcess(history.process().id()).lineage(history.lineageId()), viewer));
        }
    }

    /** The day's interventions grouped by meeting: those of no meeting first, then in meeting order. */
    static List<MeetingInterventions> byMeeting(List<InterventionView> interventions) {
        Map<Long, MeetingInterventions> groups = new LinkedHashMap<>();
        List<InterventionView> ofDay = new ArrayList<>();
        for (InterventionView i : interventions) {
            if (i.meeting() == null) {
                ofDay.add(i);
            } else {
                groups.computeIfAbsent(
                                i.meeting().id(), (id) -> new MeetingInterventions(i.meeting(), new ArrayList<>()))
                        .interventions()
                        .add(i);
            }
        }
        List<MeetingInterventions> result = new ArrayList<>();
        if (!ofDay.isEmpty()) {
            result.add(new MeetingInterventions(null, ofDay));
        }
        result.addAll(groups.values());
        return result;
    }
}

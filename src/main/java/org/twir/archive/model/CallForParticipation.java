package org.twir.archive.model;

/** The details of a Call for Participation entry: the project and the task, as the issue names them. */
public record CallForParticipation(String project, String task) {

    public CallForParticipation {
        Checks.notBlank(project, "project");
        Checks.notBlank(task, "task");
    }
}

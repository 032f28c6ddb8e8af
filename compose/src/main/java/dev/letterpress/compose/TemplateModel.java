package dev.letterpress.compose;

import dev.letterpress.compose.view.AchievementView;
import dev.letterpress.compose.view.CandidateView;
import dev.letterpress.compose.view.JobView;
import dev.letterpress.compose.view.ProjectView;
import dev.letterpress.compose.view.SkillView;
import dev.letterpress.compose.view.ThemeView;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a template receives, one per component: this record <em>is</em> the documented
 * variable set (see {@code template-variables.md}), and the template check validates names
 * against its components. All text is profile or posting text, cleaned; templates print it with
 * {@code th:text} or {@code [[…]]}, which escape it, so it is never evaluated or read as markup.
 */
record TemplateModel(
        CandidateView candidate,
        JobView job,
        String company,
        String subject,
        String salutation,
        String headline,
        String primaryLanguage,
        String cloud,
        List<SkillView> skills,
        String stackText,
        String stackYearsText,
        List<SkillView> matchedSkills,
        String matchedYearsText,
        List<SkillView> backendSkills,
        String backendStackText,
        List<SkillView> frontendSkills,
        String frontendStackText,
        String frontendTestingText,
        String practiceText,
        List<AchievementView> achievements,
        AchievementView topAchievement,
        List<AchievementView> moreAchievements,
        List<AchievementView> backendAchievements,
        List<ProjectView> projects,
        List<ProjectView> backendProjects,
        List<ThemeView> themes,
        ThemeView theme,
        Map<String, Boolean> supports,
        List<String> focus,
        String focusText,
        List<String> scaleFacts,
        String scaleText,
        int variant) {

    private static final RecordComponent[] COMPONENTS = TemplateModel.class.getRecordComponents();
    private static final MethodHandle[] ACCESSORS = accessors();

    private static MethodHandle[] accessors() {
        MethodHandle[] handles = new MethodHandle[COMPONENTS.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        for (int i = 0; i < COMPONENTS.length; i++) {
            try {
                handles[i] = lookup.unreflect(COMPONENTS[i].getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return handles;
    }

    /** The record's components: the variable names and their declared types. */
    static RecordComponent[] components() {
        return COMPONENTS.clone();
    }

    /** The variables by name, for the template engine. */
    Map<String, Object> variables() {
        Map<String, Object> map = new HashMap<>(COMPONENTS.length * 2);
        for (int i = 0; i < COMPONENTS.length; i++) {
            try {
                map.put(COMPONENTS[i].getName(), ACCESSORS[i].invoke(this));
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read template variable " + COMPONENTS[i].getName(), e);
            }
        }
        return map;
    }
}

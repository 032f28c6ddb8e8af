package dev.letterpress.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.letterpress.text.Synonyms;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documented variable set is exactly the one the composer provides and the check validates. */
class TemplateVariablesDocTest {
    private static final String DOC = Resources.text("template-variables.md");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|");

    /** The names in the first column of the table under a heading that starts with {@code heading}. */
    private static List<String> documented(String heading) {
        int start = DOC.indexOf("\n## " + heading);
        assertThat(start).as("section " + heading).isNotNegative();
        int end = DOC.indexOf("\n## ", start + 1);
        Matcher m = ROW.matcher(DOC.substring(start, end < 0 ? DOC.length() : end));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> components(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    @Test
    void documentsEveryVariableInOrder() {
        assertThat(documented("Variables")).containsExactlyElementsOf(components(TemplateModel.class));
    }

    @Test
    void documentsEveryPropertyOfEveryView() {
        Set<Class<?>> views = new LinkedHashSet<>();
        for (RecordComponent c : TemplateModel.class.getRecordComponents()) {
            Type t = c.getGenericType();
            Type element = t instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : t;
            if (element instanceof Class<?> k && k.isRecord()) {
                views.add(k);
            }
        }
        assertThat(views)
                .extracting(Class::getSimpleName)
                .containsExactly(
                        "CandidateView", "JobView", "SkillView", "AchievementView", "ProjectView", "ThemeView");
        for (Class<?> view : views) {
            assertThat(documented(view.getSimpleName()))
                    .as(view.getSimpleName())
                    .containsExactlyElementsOf(components(view));
        }
    }

    @Test
    void theCheckerKnowsExactlyTheseVariables() {
        TemplateChecker checker =
                new TemplateChecker(Lexicon.with(Synonyms.builtIn()).themeIdList());

        assertThat(checker.variables()).containsExactlyElementsOf(components(TemplateModel.class));
    }
}

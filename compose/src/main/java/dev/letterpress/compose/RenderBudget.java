package dev.letterpress.compose;

import dev.letterpress.model.Problem;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.AbstractContext;
import org.thymeleaf.context.EngineContext;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.model.IProcessableElementTag;

/**
 * The watch on one letter's template run, within {@link RenderLimits}: the engine context checks
 * the clock at every element and variable, the output counts what is written, and a {@code th:with}
 * value longer than the output limit is refused. Past a limit every later check throws again, so
 * the run stops however the engine wraps the first exception; {@link #exceeded()} then says what
 * happened, with the template's origin and the line of the element being processed.
 */
final class RenderBudget {
    private final RenderLimits limits;
    private final String origin;
    private final long start = System.nanoTime();
    private final StringBuilder output = new StringBuilder(4096);
    private int line;
    private Problem exceeded;

    RenderBudget(RenderLimits limits, String origin) {
        this.limits = limits;
        this.origin = origin;
    }

    /** The problem that stopped the run, or null when it kept within its limits. */
    Problem exceeded() {
        return exceeded;
    }

    /** The variables of a run watched by this budget, for {@code TemplateEngine.process}. */
    IContext variables(Map<String, Object> variables) {
        return new Variables(variables, this);
    }

    /** The writer a run writes into, counting characters. */
    Writer writer() {
        return new Output();
    }

    /** What the template wrote. */
    String text() {
        return output.toString();
    }

    private void check() {
        if (exceeded == null && System.nanoTime() - start >= limits.time().toNanos()) {
            stop("it took more than " + limits.timeText() + " for one letter (a letter takes milliseconds); look for"
                    + " loops inside loops");
        }
        if (exceeded != null) {
            throw new Exceeded(exceeded.toString());
        }
    }

    private void stop(String why) {
        exceeded = new Problem(origin, line, 0, null, "the template was stopped: " + why);
    }

    private void value(String name, Object value) {
        if (value instanceof CharSequence text && text.length() > limits.maxChars() && exceeded == null) {
            stop("the variable '" + name + "' grew past " + limits.maxChars() + " characters");
        }
        check();
    }

    /** Thrown inside the engine when a limit is passed. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** Counts and checks every write. */
    private final class Output extends Writer {
        @Override
        public void write(char[] chars, int offset, int length) {
            if (exceeded == null && output.length() + (long) length > limits.maxChars()) {
                stop("it wrote more than " + limits.maxChars() + " characters for one letter (a letter is a few"
                        + " thousand); look for loops inside loops");
            }
            check();
            output.append(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            write(text.substring(offset, offset + length).toCharArray(), 0, length);
        }

        @Override
        public void flush() {
            // the text stays in memory
        }

        @Override
        public void close() {
            // the text stays in memory
        }
    }

    /** The template variables, carrying the budget to {@link Factory}. */
    private static final class Variables extends AbstractContext {
        private final RenderBudget budget;

        Variables(Map<String, Object> variables, RenderBudget budget) {
            super(Locale.ENGLISH, variables);
            this.budget = budget;
        }
    }

    /** Makes the engine context of a watched run; any other run gets Thymeleaf's own. */
    static final class Factory implements IEngineContextFactory {
        private final IEngineContextFactory standard = new StandardEngineContextFactory();

        @Override
        public IEngineContext createEngineContext(
                IEngineConfiguration configuration,
                TemplateData templateData,
                Map<String, Object> templateResolutionAttributes,
                IContext context) {
            if (!(context instanceof Variables watched)) {
                return standard.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            for (String name : context.getVariableNames()) {
                variables.put(name, context.getVariable(name));
            }
            return new Watched(
                    configuration,
                    templateData,
                    templateResolutionAttributes,
                    context.getLocale(),
                    variables,
                    watched.budget);
        }
    }

    /**
     * Checks the budget at every element the engine processes and every variable it reads or sets
     * (the budget is null only while the super constructor runs).
     */
    private static final class Watched extends EngineContext {
        private final RenderBudget budget;

        Watched(
                IEngineConfiguration configuration,
                TemplateData templateData,
                Map<String, Object> attributes,
                Locale locale,
                Map<String, Object> variables,
                RenderBudget budget) {
            super(configuration, templateData, attributes, locale, variables);
            this.budget = budget;
        }

        @Override
        public void setElementTag(IProcessableElementTag elementTag) {
            if (budget != null) {
                if (elementTag != null && elementTag.getLine() > 0) {
                    budget.line = elementTag.getLine();
                }
                budget.check();
            }
            super.setElementTag(elementTag);
        }

        @Override
        public Object getVariable(String key) {
            if (budget != null) {
                budget.check();
            }
            return super.getVariable(key);
        }

        @Override
        public void setVariable(String name, Object value) {
            if (budget != null) {
                budget.value(name, value);
            }
            super.setVariable(name, value);
        }

        @Override
        public void setVariables(Map<String, Object> variables) {
            if (budget != null && variables != null) {
                variables.forEach(budget::value);
            }
            super.setVariables(variables);
        }
    }
}

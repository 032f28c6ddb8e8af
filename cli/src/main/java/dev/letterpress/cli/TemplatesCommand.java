package dev.letterpress.cli;

import dev.letterpress.compose.Composer;
import dev.letterpress.compose.TemplateInfo;
import dev.letterpress.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code letterpress templates}: list the templates, or check a folder of user templates. */
@Command(
        name = "templates",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        description = "List the templates with what each is for, or check a folder of your own templates.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  letterpress templates",
            "  letterpress templates --templates my-templates   # as a batch would see them",
            "  letterpress templates --check my-templates       # exit 2 if one is broken"
        })
final class TemplatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--check",
            paramLabel = "DIR",
            description = "Check the templates in DIR: XML, the element"
                    + " vocabulary, every variable (with the closest known name), and a trial letter.")
    Path check;

    @Option(names = "--templates", paramLabel = "DIR", description = "Include your templates from DIR in the list.")
    Path templates;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (check != null) {
            if (!Files.isDirectory(check)) {
                throw new CommandLine.ParameterException(
                        cl, "Invalid value for option '--check': " + check + " is not a folder");
            }
            List<Problem> problems = Composer.checkTemplates(check);
            if (problems.isEmpty()) {
                cl.getOut().println("ok: the templates in " + check + " are valid");
                cl.getOut().flush();
                return Cli.OK;
            }
            problems.forEach(p -> cl.getErr().println("error: " + p));
            cl.getErr().println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + check);
            cl.getErr().flush();
            return Cli.INPUT_ERROR;
        }
        Composer.Builder builder = Composer.builder().date(LocalDate.EPOCH);
        if (templates != null) {
            builder.templatesDirectory(templates);
        }
        List<TemplateInfo> all = builder.build().templates();
        int width = all.stream().mapToInt(t -> t.name().length()).max().orElse(0);
        for (TemplateInfo t : all) {
            String origin = t.builtIn() ? "" : "  (" + t.file() + ")";
            cl.getOut().println(String.format("%-" + width + "s  %s%s", t.name(), t.description(), origin));
        }
        cl.getOut().flush();
        return Cli.OK;
    }
}

package io.datasieve.cli;

import io.datasieve.Scanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code datasieve} command. */
@Command(
    name = "datasieve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Finds sensitive data (PII, secrets) in AI training datasets: CSV, JSONL, Parquet.",
    subcommands = {ScanCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code: the scan found nothing. */
  public static final int CLEAN = 0;
  /** Exit code: the scan found sensitive data. */
  public static final int FINDINGS = 1;
  /** Exit code: bad usage, a resource that could not be read, or the report could not be written. */
  public static final int ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final java.io.OutputStream stdout;
  private final DetectorLoading detectors;

  private Main(java.io.OutputStream stdout, DetectorLoading detectors) {
    this.stdout = stdout;
    this.detectors = detectors;
  }

  /** Where reports go when no --out is given. */
  java.io.OutputStream stdout() {
    return stdout;
  }

  /** A scanner builder with the built-in detectors. */
  Scanner.Builder builtInDetectors() {
    return detectors.take();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, for example: datasieve scan PATH");
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
    // The detectors load while picocli builds its model: see DetectorLoading.
    boolean scanning = args.length > 0 && (args[0].equals("scan") || args[0].equals("eval"));
    DetectorLoading detectors = DetectorLoading.start(scanning);
    CommandLine cl = new CommandLine(new Main(new java.io.BufferedOutputStream(out), detectors));
    cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, java.nio.charset.StandardCharsets.UTF_8), true));
    cl.getCommandSpec().exitCodeOnInvalidInput(ERROR);
    cl.getCommandSpec().exitCodeOnExecutionException(ERROR);
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().exitCodeOnInvalidInput(ERROR);
      sub.getCommandSpec().exitCodeOnExecutionException(ERROR);
    }
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("datasieve: " + ex.getMessage());
      return ERROR;
    });
    return cl.execute(args);
  }

  /** Runs the command and exits the JVM with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Reports the version from the build. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"datasieve " + io.datasieve.Version.get()};
    }
  }
}

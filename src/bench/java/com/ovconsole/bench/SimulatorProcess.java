package com.ovconsole.bench;

import com.ovconsole.api.ApplianceClient;
import com.ovconsole.api.Credentials;
import com.ovconsole.sim.ApplianceSimulator;
import com.ovconsole.sim.SimulatorConfig;
import com.ovconsole.ui.ConnectedAppliance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Simulators in a JVM of their own, so that a benchmark's figures (FX stalls, CPU, heap) are the
 * console's and not the appliances'. The child prints {@code SIM <port> <sha256>} per simulator,
 * then {@code READY}; each line {@code requests} on its stdin is answered with the total number of
 * requests served, {@code faults <rate>} sets every simulator's fault rate (answered {@code ok}),
 * {@code sessions} answers {@code opened/loggedOut/live} per simulator, space-separated; end of
 * input stops it.
 */
final class SimulatorProcess implements AutoCloseable {

    /** One simulator in the child process. */
    record Remote(int port, String certificateSha256) {

        /** Signed in over HTTPS pinned to the simulator's certificate, as the console would be. */
        ConnectedAppliance connectedAppliance(String displayName) {
            ApplianceClient client = ApplianceClient.builder("127.0.0.1:" + port).pinnedSha256(certificateSha256)
                    .build();
            client.negotiate();
            client.login(new Credentials("Administrator", "admin".toCharArray(), "LOCAL", true));
            return new ConnectedAppliance(UUID.randomUUID().toString(), displayName, client);
        }
    }

    private final Process process;
    private final BufferedReader answers;
    private final PrintWriter questions;
    private final List<Remote> simulators;

    private SimulatorProcess(Process process, BufferedReader answers, List<Remote> simulators) {
        this.process = process;
        this.answers = answers;
        this.questions = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.simulators = simulators;
    }

    /** Starts {@code count} simulators (seeds 0..count-1) in a child JVM with a heap of its own. */
    static SimulatorProcess start(int count, int profiles, int taskSeconds) throws IOException {
        return start(count, profiles, taskSeconds, 120);
    }

    /** As above; {@code minApiVersion} 3 lets a client speak the synchronous API (writes answer 200, no task). */
    static SimulatorProcess start(int count, int profiles, int taskSeconds, int minApiVersion) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g", "-cp", classPath(), SimulatorProcess.class.getName(),
                Integer.toString(count), Integer.toString(profiles), Integer.toString(taskSeconds),
                Integer.toString(minApiVersion));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader answers = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        List<Remote> simulators = new ArrayList<>();
        String line;
        while ((line = answers.readLine()) != null && !line.equals("READY")) {
            String[] words = line.split(" ");
            if (words.length == 3 && words[0].equals("SIM")) {
                simulators.add(new Remote(Integer.parseInt(words[1]), words[2]));
            }
        }
        if (line == null) {
            process.destroy();
            throw new IOException("the simulator process ended before it was ready");
        }
        return new SimulatorProcess(process, answers, simulators);
    }

    List<Remote> simulators() {
        return simulators;
    }

    /** Requests served by all the child's simulators so far. */
    long requests() throws IOException {
        questions.println("requests");
        return Long.parseLong(answers.readLine().trim());
    }

    /** Sets the share of requests every simulator answers 500 or drops. */
    void faultRate(double rate) throws IOException {
        questions.println("faults " + rate);
        answers.readLine();
    }

    /** Per simulator, in order: sessions opened, logged out, live now. */
    List<long[]> sessions() throws IOException {
        questions.println("sessions");
        List<long[]> counts = new ArrayList<>();
        for (String one : answers.readLine().trim().split(" ")) {
            String[] parts = one.split("/");
            counts.add(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])});
        }
        return counts;
    }

    @Override
    public void close() throws InterruptedException {
        questions.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }

    /**
     * Surefire puts the project on the module path and patches the test classes (this one) into it;
     * the child takes all of them as a plain class path.
     */
    static String classPath() {
        String testClasses = Path.of(System.getProperty("basedir", "."), "target", "test-classes").toString();
        return String.join(java.io.File.pathSeparator, testClasses, System.getProperty("jdk.module.path", ""),
                System.getProperty("java.class.path", ""));
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        List<ApplianceSimulator> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ApplianceSimulator simulator = ApplianceSimulator.start(SimulatorConfig.builder().port(0)
                    .profiles(Integer.parseInt(args[1])).taskSeconds(Integer.parseInt(args[2])).seed(i)
                    .minApiVersion(args.length > 3 ? Integer.parseInt(args[3]) : 120).build());
            started.add(simulator);
            System.out.println("SIM " + simulator.port() + " " + simulator.certificateSha256());
        }
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("faults ")) {
                double rate = Double.parseDouble(line.substring("faults ".length()).trim());
                started.forEach(simulator -> simulator.setFaultRate(rate));
                System.out.println("ok");
            } else if (line.equals("sessions")) {
                System.out.println(String.join(" ", started.stream().map(simulator -> simulator.sessionsOpened() + "/"
                        + simulator.sessionsLoggedOut() + "/" + simulator.liveSessions()).toList()));
            } else {
                System.out.println(started.stream().mapToLong(ApplianceSimulator::requestCount).sum());
            }
            System.out.flush();
        }
        started.forEach(ApplianceSimulator::close);
    }
}

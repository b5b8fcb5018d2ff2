package vn.ocop.api.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The fuzzer's findings, grouped by kind, operation, status and input class, each with reproducible examples. */
final class FuzzReport {

    /** What was wrong with an answer. */
    enum Kind {
        SERVER_ERROR("5xx answer"),
        NO_ANSWER("no answer (connection failed or timed out)"),
        NOT_PROBLEM("4xx answer that is not application/problem+json"),
        BAD_PROBLEM("4xx problem+json without type, title or the right status"),
        SCHEMA("2xx answer that does not match the served response schema");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /** One failing request: enough to send it again by hand. */
    record Finding(Kind kind, String operation, String inputClass, String caller, int status, String request,
            String answer, String cause) {
    }

    /** Over how many operations one status and input class make a single group. */
    private static final int COLLAPSE_OVER = 6;

    private final List<Finding> findings = new ArrayList<>();
    private final int examplesPerGroup;

    FuzzReport(int examplesPerGroup) {
        this.examplesPerGroup = examplesPerGroup;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    List<Finding> findings() {
        return findings;
    }

    long count(Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).count();
    }

    /** The input class without the parameter or field it was applied to ("body /name: nul" → "nul"). */
    static String classOf(String inputClass) {
        int colon = inputClass.lastIndexOf(": ");
        return colon < 0 ? inputClass : inputClass.substring(colon + 2);
    }

    String format(List<Kind> kinds) {
        StringBuilder out = new StringBuilder();
        for (Kind kind : kinds) {
            List<Finding> ofKind = findings.stream().filter(f -> f.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            // A class failing alike on many operations (a limit of the HTTP layer, NUL bytes on PostgreSQL) is one
            // group across operations, not one group per operation.
            Map<String, Long> spread = new TreeMap<>();
            ofKind.stream().collect(java.util.stream.Collectors.groupingBy(f -> f.status() + " " + classOf(f.inputClass()),
                    java.util.stream.Collectors.mapping(Finding::operation, java.util.stream.Collectors.toSet())))
                    .forEach((k, v) -> spread.put(k, (long) v.size()));
            Map<String, List<Finding>> groups = new TreeMap<>();
            for (Finding f : ofKind) {
                String classKey = f.status() + " " + classOf(f.inputClass());
                String key = spread.get(classKey) > COLLAPSE_OVER
                        ? "(" + spread.get(classKey) + " operations) | " + f.status() + " | " + classOf(f.inputClass())
                        : f.operation() + " | " + f.status() + " | " + f.inputClass();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
            out.append("\n==== ").append(kind.title).append(": ").append(ofKind.size()).append(" requests in ")
                    .append(groups.size()).append(" groups\n");
            out.append(overview(ofKind));
            for (Map.Entry<String, List<Finding>> group : groups.entrySet()) {
                List<Finding> members = group.getValue();
                Finding first = members.get(0);
                boolean collapsed = group.getKey().startsWith("(");
                String operation = collapsed ? group.getKey().substring(0, group.getKey().indexOf(')') + 1)
                        : first.operation();
                String inputClass = collapsed ? "any " + classOf(first.inputClass()) : first.inputClass();
                out.append("\n* ").append(operation).append(" -> ").append(first.status()).append(" on ")
                        .append(inputClass).append(" (").append(members.size()).append(" requests, as ")
                        .append(String.join(", ", new TreeSet<>(members.stream().map(Finding::caller).toList())))
                        .append(")\n");
                TreeSet<String> causes = new TreeSet<>(members.stream().map(Finding::cause)
                        .filter(c -> c != null && !c.isEmpty()).toList());
                for (String cause : causes) {
                    out.append("    cause: ").append(cause).append('\n');
                }
                if (collapsed) {
                    out.append("    operations: ").append(String.join(", ",
                            new TreeSet<>(members.stream().map(Finding::operation).toList()))).append('\n');
                }
                for (Finding f : members.subList(0, Math.min(examplesPerGroup, members.size()))) {
                    out.append("    e.g. [").append(f.caller()).append("] ").append(f.request().replace("\n", "\n         "))
                            .append("\n      -> ").append(f.answer().replace("\n", "\n         ")).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Per input class: how many failing requests, over how many operations, with which statuses. */
    private static String overview(List<Finding> findings) {
        Map<String, List<Finding>> byClass = new TreeMap<>();
        findings.forEach(f -> byClass.computeIfAbsent(classOf(f.inputClass()), k -> new ArrayList<>()).add(f));
        StringBuilder out = new StringBuilder("  by input class:\n");
        byClass.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Finding>> e) -> -e.getValue().size()))
                .forEach(e -> out.append(String.format("    %-22s %5d requests, %3d operations, statuses %s%n",
                        e.getKey(), e.getValue().size(),
                        e.getValue().stream().map(Finding::operation).distinct().count(),
                        new TreeSet<>(e.getValue().stream().map(Finding::status).toList()))));
        return out.toString();
    }

    /** A one-line-per-group summary (for the assertion message). */
    String summary(List<Kind> kinds) {
        StringBuilder out = new StringBuilder();
        for (Kind kind : kinds) {
            Map<String, Integer> groups = new LinkedHashMap<>();
            List<Finding> ofKind = findings.stream().filter(f -> f.kind() == kind)
                    .sorted(Comparator.comparing(Finding::operation).thenComparing(Finding::inputClass)).toList();
            Map<String, java.util.Set<String>> spread = new TreeMap<>();
            ofKind.forEach(f -> spread.computeIfAbsent(f.status() + " " + classOf(f.inputClass()), k -> new TreeSet<>())
                    .add(f.operation()));
            ofKind.forEach(f -> {
                java.util.Set<String> operations = spread.get(f.status() + " " + classOf(f.inputClass()));
                groups.merge(operations.size() > COLLAPSE_OVER
                        ? "(" + operations.size() + " operations) -> " + f.status() + " on any " + classOf(f.inputClass())
                        : f.operation() + " -> " + f.status() + " on " + f.inputClass(), 1, Integer::sum);
            });
            if (!groups.isEmpty()) {
                out.append(kind.title).append(":\n");
                groups.forEach((k, v) -> out.append("  ").append(k).append(" (").append(v).append(")\n"));
            }
        }
        return out.toString();
    }
}

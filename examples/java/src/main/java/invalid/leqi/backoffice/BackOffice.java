package invalid.leqi.backoffice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import invalid.leqi.contract.Actor;
import invalid.leqi.contract.ApproveApplication;
import invalid.leqi.contract.Rejection;
import invalid.leqi.contract.SetConcurrency;
import invalid.leqi.contract.StateSummary;
import invalid.leqi.contract.SubmitApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A tax bureau's back-office, as one would write it: the Temporal Java SDK with an untyped
 * WorkflowStub, and the classes jsonschema2pojo generates from docs/schemas (package
 * invalid.leqi.contract). It submits the example application by update-with-start, approves it as
 * an officer, reads the state, triggers every rejection type and reads its structured detail into a
 * typed {@link Rejection}, replays a request id, and lists units with a boundary query.
 *
 * <p>Usage: {@code BackOffice <USCC> <path of examples/application.json>}; connection from
 * TEMPORAL_ADDRESS (localhost:7233), TEMPORAL_NAMESPACE (default), LEQI_TASK_QUEUE (leqi-lifecycle).
 * Each step prints one line {@code STEP <n> <what>: ok …}; every answer is also printed as
 * {@code ANSWER <schema> <json>} so that a test can check it against the published schema.
 * Exit 0 when every step held, 1 otherwise.
 */
public final class BackOffice {
  /** the example's USCC, replaced by the unit's */
  private static final String EXAMPLE_USCC = "91510100MA6CEXA01F";
  private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  private final ObjectMapper json = new ObjectMapper();
  private final WorkflowClient client;
  private final String taskQueue;
  private final String namespace;
  private int step = 0;

  private BackOffice(WorkflowClient client, String namespace, String taskQueue) {
    this.client = client;
    this.namespace = namespace;
    this.taskQueue = taskQueue;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: BackOffice <USCC> <examples/application.json>");
      System.exit(2);
    }
    String address = env("TEMPORAL_ADDRESS", "localhost:7233");
    String namespace = env("TEMPORAL_NAMESPACE", "default");
    WorkflowServiceStubs service = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
    WorkflowClient client = WorkflowClient.newInstance(service, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
    int code = 0;
    try {
      new BackOffice(client, namespace, env("LEQI_TASK_QUEUE", "leqi-lifecycle")).run(args[0], Path.of(args[1]));
      System.out.println("ALL STEPS OK");
    } catch (Exception | AssertionError e) {
      System.out.println("FAILED at step: " + e);
      e.printStackTrace(System.out);
      code = 1;
    } finally {
      service.shutdown();
    }
    System.exit(code);
  }

  private void run(String uscc, Path example) throws Exception {
    Actor unit = new Actor().withRole(Actor.Role.UNIT).withId("unit-admin");
    Actor officer = new Actor().withRole(Actor.Role.OFFICER).withId("officer-chen").withAuthority("15101000000");
    String workflowId = "unit:" + uscc;

    // 1. SUBMIT_APPLICATION by update-with-start (starts the unit's workflow if it is not running)
    SubmitApplication submit = json.readValue(Files.readString(example).replace(EXAMPLE_USCC, uscc), SubmitApplication.class)
        .withType("SUBMIT_APPLICATION").withActor(unit).withRequestId("bo-submit-" + uscc);
    WorkflowStub starter = client.newUntypedWorkflowStub("unitLifecycle", WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(taskQueue)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .build());
    StateSummary submitted = summary(starter.executeUpdateWithStart(dispatch(), new Object[] {submit}, new Object[] {Map.of("unitId", uscc)}));
    expect(submitted.getPhase() == StateSummary.Phase.UNDER_REVIEW, "phase underReview after submission, got " + submitted.getPhase());
    ok("submit by update-with-start", "phase " + submitted.getPhase().value());

    WorkflowStub unitStub = client.newUntypedWorkflowStub(workflowId);

    // 2. APPROVE_APPLICATION as an officer
    StateSummary approved = summary(unitStub.update("dispatch", JsonNode.class, new ApproveApplication().withType("APPROVE_APPLICATION").withActor(officer).withOpinion("材料齐全，同意接入")));
    expect(approved.getPhase() == StateSummary.Phase.ACTIVE, "phase active after approval");
    expect(approved.getTerm() != null, "a term after approval");
    ok("approve as officer", "term " + approved.getTerm().getStartsOn() + " → " + approved.getTerm().getEndsOn());

    // 3. the query `state`
    StateSummary state = summary(unitStub.query("state", JsonNode.class));
    expect(state.getUnitId().equals(uscc) && state.getPhase() == StateSummary.Phase.ACTIVE, "state() names the unit, active");
    expect(!state.getNextDeadlines().isEmpty(), "an active unit has a next deadline");
    ok("query state", "next deadline " + state.getNextDeadlines().get(0).getAt() + " " + state.getNextDeadlines().get(0).getWhat() + " (" + state.getNextDeadlines().get(0).getRuleId() + ")");

    // 4. every rejection type, its detail read into the generated Rejection class
    Rejection invalid = rejected(() -> unitStub.update("dispatch", JsonNode.class, new SetConcurrency().withType("SET_CONCURRENCY").withActor(officer).withLimit(-1).withReason("")));
    expect(invalid.getType() == Rejection.Type.INVALID_COMMAND, "InvalidCommand");
    List<String> paths = invalid.getProblems().stream().map(p -> p.getPath()).sorted().collect(Collectors.toList());
    expect(paths.equals(List.of("/limit", "/reason")), "problems at /limit and /reason, got " + paths);
    ok("rejection InvalidCommand", "problems " + invalid.getProblems().stream().map(p -> p.getPath() + " " + p.getCode()).collect(Collectors.joining(", ")));

    Rejection forbidden = rejected(() -> unitStub.update("dispatch", JsonNode.class, new SetConcurrency().withType("SET_CONCURRENCY").withActor(unit).withLimit(10).withReason("self-service")));
    expect(forbidden.getType() == Rejection.Type.FORBIDDEN && forbidden.getRuleId() != null, "Forbidden with a rule id");
    ok("rejection Forbidden", "ruleId " + forbidden.getRuleId() + ", state " + forbidden.getState());

    Rejection illegal = rejected(() -> unitStub.update("dispatch", JsonNode.class, new ApproveApplication().withType("APPROVE_APPLICATION").withActor(officer).withOpinion("again")));
    expect(illegal.getType() == Rejection.Type.ILLEGAL_TRANSITION && "P-ONB-04".equals(illegal.getRuleId()) && "active".equals(illegal.getState()), "IllegalTransition P-ONB-04 in active, got " + illegal.getRuleId() + " " + illegal.getState());
    ok("rejection IllegalTransition", "ruleId " + illegal.getRuleId() + ", state " + illegal.getState());

    // 5. a request id: applied once, replayed with `replayed: true`, reused for another command refused
    SetConcurrency load = new SetConcurrency().withType("SET_CONCURRENCY").withActor(officer).withLimit(80).withReason("平台负载").withRequestId("bo-load-" + uscc);
    StateSummary first = summary(unitStub.update("dispatch", JsonNode.class, load));
    StateSummary again = summary(unitStub.update("dispatch", JsonNode.class, load));
    expect(first.getConcurrency().getLimit() == 80, "limit 80 after SET_CONCURRENCY");
    expect(Boolean.TRUE.equals(again.getReplayed()), "the repeat answers replayed: true");
    expect(!Boolean.TRUE.equals(first.getReplayed()), "the first answer is not replayed");
    ok("request id replayed", "replayed=" + again.getReplayed() + ", limit " + again.getConcurrency().getLimit());

    Rejection reused = rejected(() -> unitStub.update("dispatch", JsonNode.class, new SetConcurrency().withType("SET_CONCURRENCY").withActor(officer).withLimit(70).withReason("平台负载").withRequestId("bo-load-" + uscc)));
    expect(reused.getType() == Rejection.Type.REQUEST_ID_REUSED, "RequestIdReused");
    ok("rejection RequestIdReused", "state " + reused.getState());

    // 6. listing with a boundary query: "deadlines on or before day D" is `< D+1 00:00:00.001+08:00`
    String at = state.getNextDeadlines().get(0).getAt();
    OffsetDateTime instant = OffsetDateTime.parse(at);
    String bound = instant.plus(Duration.ofMillis(1)).format(MILLIS);
    String base = "WorkflowType = \"unitLifecycle\" AND ExecutionStatus = \"Running\" AND WorkflowId = \"" + workflowId + "\"";
    String onOrBefore = base + " AND LeqiNextDeadline < \"" + bound + "\"";
    String strictlyBefore = base + " AND LeqiNextDeadline < \"" + instant.format(MILLIS) + "\"";
    long listed = eventually(() -> client.listExecutions(onOrBefore).count(), n -> n == 1);
    expect(listed == 1, "the unit is listed by " + onOrBefore);
    expect(client.listExecutions(strictlyBefore).count() == 0, "the unit is not listed strictly before its deadline");
    ok("list with a boundary query", onOrBefore);
  }

  private UpdateOptions<JsonNode> dispatch() {
    return UpdateOptions.newBuilder(JsonNode.class).setUpdateName("dispatch").setWaitForStage(WorkflowUpdateStage.COMPLETED).build();
  }

  /** The structured detail of a rejected update: the ApplicationFailure's first detail as a typed Rejection. */
  private Rejection rejected(Supplier<JsonNode> call) throws Exception {
    try {
      call.get();
    } catch (WorkflowUpdateException e) {
      if (e.getCause() instanceof ApplicationFailure failure) {
        answer("Rejection", failure.getDetails().get(0, JsonNode.class));
        Rejection r = failure.getDetails().get(0, Rejection.class);
        expect(r.getType().value().equals(failure.getType()), "the failure type " + failure.getType() + " equals the detail's type " + r.getType());
        return r;
      }
      throw e;
    }
    throw new AssertionError("expected a rejection, but the command was applied");
  }

  private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
    long until = System.currentTimeMillis() + 20_000;
    T value = read.get();
    while (!done.test(value) && System.currentTimeMillis() < until) {
      Thread.sleep(250);
      value = read.get();
    }
    return value;
  }

  /** An answer as received (printed for the test), read into the generated class. */
  private StateSummary summary(JsonNode raw) throws Exception {
    answer("StateSummary", raw);
    return json.treeToValue(raw, StateSummary.class);
  }

  private void answer(String schema, JsonNode raw) throws Exception {
    System.out.println("ANSWER " + schema + " " + json.writeValueAsString(raw));
  }

  private void ok(String what, String detail) {
    step++;
    System.out.println("STEP " + step + " " + what + ": ok (" + detail + ")");
  }

  private static void expect(boolean condition, String what) {
    if (!condition) throw new AssertionError(what);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? fallback : value;
  }
}


package invalid.leqi.contract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * StateSummary
 * <p>
 * the state summary of a unit (contract): the answer of `dispatch` and of the query `state`
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "unitId",
    "replayed",
    "phase",
    "closed",
    "term",
    "concurrency",
    "cases",
    "obligations",
    "usingUnits",
    "relationshipLedger",
    "builder",
    "capabilities",
    "changes",
    "network",
    "terminationFilings",
    "builderFlowData",
    "nextDeadlines",
    "pendingDecisions",
    "termination",
    "eligibility",
    "review",
    "applicant",
    "chartStates"
})
public class StateSummary {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitId")
    private String unitId;
    /**
     * set on the answer to a repeated requestId: nothing was applied, this is the current summary
     * 
     */
    @JsonProperty("replayed")
    @JsonPropertyDescription("set on the answer to a repeated requestId: nothing was applied, this is the current summary")
    private Boolean replayed;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("phase")
    private StateSummary.Phase phase;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("closed")
    private Boolean closed;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("term")
    private Term term;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("concurrency")
    private Concurrency concurrency;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("cases")
    private List<Case> cases;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("obligations")
    private List<Obligation> obligations;
    /**
     * the using units (P-UU-*): one membership each, kept after it ends
     * (Required)
     * 
     */
    @JsonProperty("usingUnits")
    @JsonPropertyDescription("the using units (P-UU-*): one membership each, kept after it ends")
    private List<UsingUnit__1> usingUnits;
    /**
     * O-03: the relationship ledger (关联关系台账), kept after memberships end
     * (Required)
     * 
     */
    @JsonProperty("relationshipLedger")
    @JsonPropertyDescription("O-03: the relationship ledger (\u5173\u8054\u5173\u7cfb\u53f0\u8d26), kept after memberships end")
    private List<RelationshipLedger> relationshipLedger;
    /**
     * Annex 4: the authorized builder, its E-AUTH findings, the letter and the joint liability (E-AUTH-10); null when none
     * (Required)
     * 
     */
    @JsonProperty("builder")
    @JsonPropertyDescription("Annex 4: the authorized builder, its E-AUTH findings, the letter and the joint liability (E-AUTH-10); null when none")
    private Builder builder;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("capabilities")
    private List<Capability> capabilities;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("changes")
    private List<Change__1> changes;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("network")
    private Network network;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("terminationFilings")
    private List<TerminationFiling> terminationFilings;
    /**
     * E-AUTH-4, O-27: a B-rated authorized builder’s flow-data duties
     * (Required)
     * 
     */
    @JsonProperty("builderFlowData")
    @JsonPropertyDescription("E-AUTH-4, O-27: a B-rated authorized builder\u2019s flow-data duties")
    private List<BuilderFlowDatum> builderFlowData;
    /**
     * what happens next if nothing else does, earliest first
     * (Required)
     * 
     */
    @JsonProperty("nextDeadlines")
    @JsonPropertyDescription("what happens next if nothing else does, earliest first")
    private List<NextDeadline__1> nextDeadlines;
    /**
     * T-18, T-25: requests waiting for an officer, oldest first, with their age
     * (Required)
     * 
     */
    @JsonProperty("pendingDecisions")
    @JsonPropertyDescription("T-18, T-25: requests waiting for an officer, oldest first, with their age")
    private List<PendingDecision> pendingDecisions;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("termination")
    private Termination termination;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligibility")
    private Eligibility__1 eligibility;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("review")
    private Review review;
    /**
     * the applicant as it filed (Annex 1): its name and competent tax authority; null before an application
     * (Required)
     * 
     */
    @JsonProperty("applicant")
    @JsonPropertyDescription("the applicant as it filed (Annex 1): its name and competent tax authority; null before an application")
    private Applicant applicant;
    /**
     * the chart’s active state nodes, outermost first (live, live.active): for drawing the chart, not a stable contract
     * (Required)
     * 
     */
    @JsonProperty("chartStates")
    @JsonPropertyDescription("the chart\u2019s active state nodes, outermost first (live, live.active): for drawing the chart, not a stable contract")
    private List<String> chartStates;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitId")
    public String getUnitId() {
        return unitId;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("unitId")
    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public StateSummary withUnitId(String unitId) {
        this.unitId = unitId;
        return this;
    }

    /**
     * set on the answer to a repeated requestId: nothing was applied, this is the current summary
     * 
     */
    @JsonProperty("replayed")
    public Boolean getReplayed() {
        return replayed;
    }

    /**
     * set on the answer to a repeated requestId: nothing was applied, this is the current summary
     * 
     */
    @JsonProperty("replayed")
    public void setReplayed(Boolean replayed) {
        this.replayed = replayed;
    }

    public StateSummary withReplayed(Boolean replayed) {
        this.replayed = replayed;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("phase")
    public StateSummary.Phase getPhase() {
        return phase;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("phase")
    public void setPhase(StateSummary.Phase phase) {
        this.phase = phase;
    }

    public StateSummary withPhase(StateSummary.Phase phase) {
        this.phase = phase;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("closed")
    public Boolean getClosed() {
        return closed;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("closed")
    public void setClosed(Boolean closed) {
        this.closed = closed;
    }

    public StateSummary withClosed(Boolean closed) {
        this.closed = closed;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("term")
    public Term getTerm() {
        return term;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("term")
    public void setTerm(Term term) {
        this.term = term;
    }

    public StateSummary withTerm(Term term) {
        this.term = term;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("concurrency")
    public Concurrency getConcurrency() {
        return concurrency;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("concurrency")
    public void setConcurrency(Concurrency concurrency) {
        this.concurrency = concurrency;
    }

    public StateSummary withConcurrency(Concurrency concurrency) {
        this.concurrency = concurrency;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("cases")
    public List<Case> getCases() {
        return cases;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("cases")
    public void setCases(List<Case> cases) {
        this.cases = cases;
    }

    public StateSummary withCases(List<Case> cases) {
        this.cases = cases;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("obligations")
    public List<Obligation> getObligations() {
        return obligations;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("obligations")
    public void setObligations(List<Obligation> obligations) {
        this.obligations = obligations;
    }

    public StateSummary withObligations(List<Obligation> obligations) {
        this.obligations = obligations;
        return this;
    }

    /**
     * the using units (P-UU-*): one membership each, kept after it ends
     * (Required)
     * 
     */
    @JsonProperty("usingUnits")
    public List<UsingUnit__1> getUsingUnits() {
        return usingUnits;
    }

    /**
     * the using units (P-UU-*): one membership each, kept after it ends
     * (Required)
     * 
     */
    @JsonProperty("usingUnits")
    public void setUsingUnits(List<UsingUnit__1> usingUnits) {
        this.usingUnits = usingUnits;
    }

    public StateSummary withUsingUnits(List<UsingUnit__1> usingUnits) {
        this.usingUnits = usingUnits;
        return this;
    }

    /**
     * O-03: the relationship ledger (关联关系台账), kept after memberships end
     * (Required)
     * 
     */
    @JsonProperty("relationshipLedger")
    public List<RelationshipLedger> getRelationshipLedger() {
        return relationshipLedger;
    }

    /**
     * O-03: the relationship ledger (关联关系台账), kept after memberships end
     * (Required)
     * 
     */
    @JsonProperty("relationshipLedger")
    public void setRelationshipLedger(List<RelationshipLedger> relationshipLedger) {
        this.relationshipLedger = relationshipLedger;
    }

    public StateSummary withRelationshipLedger(List<RelationshipLedger> relationshipLedger) {
        this.relationshipLedger = relationshipLedger;
        return this;
    }

    /**
     * Annex 4: the authorized builder, its E-AUTH findings, the letter and the joint liability (E-AUTH-10); null when none
     * (Required)
     * 
     */
    @JsonProperty("builder")
    public Builder getBuilder() {
        return builder;
    }

    /**
     * Annex 4: the authorized builder, its E-AUTH findings, the letter and the joint liability (E-AUTH-10); null when none
     * (Required)
     * 
     */
    @JsonProperty("builder")
    public void setBuilder(Builder builder) {
        this.builder = builder;
    }

    public StateSummary withBuilder(Builder builder) {
        this.builder = builder;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("capabilities")
    public List<Capability> getCapabilities() {
        return capabilities;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("capabilities")
    public void setCapabilities(List<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    public StateSummary withCapabilities(List<Capability> capabilities) {
        this.capabilities = capabilities;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("changes")
    public List<Change__1> getChanges() {
        return changes;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("changes")
    public void setChanges(List<Change__1> changes) {
        this.changes = changes;
    }

    public StateSummary withChanges(List<Change__1> changes) {
        this.changes = changes;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("network")
    public Network getNetwork() {
        return network;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("network")
    public void setNetwork(Network network) {
        this.network = network;
    }

    public StateSummary withNetwork(Network network) {
        this.network = network;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("terminationFilings")
    public List<TerminationFiling> getTerminationFilings() {
        return terminationFilings;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("terminationFilings")
    public void setTerminationFilings(List<TerminationFiling> terminationFilings) {
        this.terminationFilings = terminationFilings;
    }

    public StateSummary withTerminationFilings(List<TerminationFiling> terminationFilings) {
        this.terminationFilings = terminationFilings;
        return this;
    }

    /**
     * E-AUTH-4, O-27: a B-rated authorized builder’s flow-data duties
     * (Required)
     * 
     */
    @JsonProperty("builderFlowData")
    public List<BuilderFlowDatum> getBuilderFlowData() {
        return builderFlowData;
    }

    /**
     * E-AUTH-4, O-27: a B-rated authorized builder’s flow-data duties
     * (Required)
     * 
     */
    @JsonProperty("builderFlowData")
    public void setBuilderFlowData(List<BuilderFlowDatum> builderFlowData) {
        this.builderFlowData = builderFlowData;
    }

    public StateSummary withBuilderFlowData(List<BuilderFlowDatum> builderFlowData) {
        this.builderFlowData = builderFlowData;
        return this;
    }

    /**
     * what happens next if nothing else does, earliest first
     * (Required)
     * 
     */
    @JsonProperty("nextDeadlines")
    public List<NextDeadline__1> getNextDeadlines() {
        return nextDeadlines;
    }

    /**
     * what happens next if nothing else does, earliest first
     * (Required)
     * 
     */
    @JsonProperty("nextDeadlines")
    public void setNextDeadlines(List<NextDeadline__1> nextDeadlines) {
        this.nextDeadlines = nextDeadlines;
    }

    public StateSummary withNextDeadlines(List<NextDeadline__1> nextDeadlines) {
        this.nextDeadlines = nextDeadlines;
        return this;
    }

    /**
     * T-18, T-25: requests waiting for an officer, oldest first, with their age
     * (Required)
     * 
     */
    @JsonProperty("pendingDecisions")
    public List<PendingDecision> getPendingDecisions() {
        return pendingDecisions;
    }

    /**
     * T-18, T-25: requests waiting for an officer, oldest first, with their age
     * (Required)
     * 
     */
    @JsonProperty("pendingDecisions")
    public void setPendingDecisions(List<PendingDecision> pendingDecisions) {
        this.pendingDecisions = pendingDecisions;
    }

    public StateSummary withPendingDecisions(List<PendingDecision> pendingDecisions) {
        this.pendingDecisions = pendingDecisions;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("termination")
    public Termination getTermination() {
        return termination;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("termination")
    public void setTermination(Termination termination) {
        this.termination = termination;
    }

    public StateSummary withTermination(Termination termination) {
        this.termination = termination;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligibility")
    public Eligibility__1 getEligibility() {
        return eligibility;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligibility")
    public void setEligibility(Eligibility__1 eligibility) {
        this.eligibility = eligibility;
    }

    public StateSummary withEligibility(Eligibility__1 eligibility) {
        this.eligibility = eligibility;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("review")
    public Review getReview() {
        return review;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("review")
    public void setReview(Review review) {
        this.review = review;
    }

    public StateSummary withReview(Review review) {
        this.review = review;
        return this;
    }

    /**
     * the applicant as it filed (Annex 1): its name and competent tax authority; null before an application
     * (Required)
     * 
     */
    @JsonProperty("applicant")
    public Applicant getApplicant() {
        return applicant;
    }

    /**
     * the applicant as it filed (Annex 1): its name and competent tax authority; null before an application
     * (Required)
     * 
     */
    @JsonProperty("applicant")
    public void setApplicant(Applicant applicant) {
        this.applicant = applicant;
    }

    public StateSummary withApplicant(Applicant applicant) {
        this.applicant = applicant;
        return this;
    }

    /**
     * the chart’s active state nodes, outermost first (live, live.active): for drawing the chart, not a stable contract
     * (Required)
     * 
     */
    @JsonProperty("chartStates")
    public List<String> getChartStates() {
        return chartStates;
    }

    /**
     * the chart’s active state nodes, outermost first (live, live.active): for drawing the chart, not a stable contract
     * (Required)
     * 
     */
    @JsonProperty("chartStates")
    public void setChartStates(List<String> chartStates) {
        this.chartStates = chartStates;
    }

    public StateSummary withChartStates(List<String> chartStates) {
        this.chartStates = chartStates;
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return this.additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
    }

    public StateSummary withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(StateSummary.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("unitId");
        sb.append('=');
        sb.append(((this.unitId == null)?"<null>":this.unitId));
        sb.append(',');
        sb.append("replayed");
        sb.append('=');
        sb.append(((this.replayed == null)?"<null>":this.replayed));
        sb.append(',');
        sb.append("phase");
        sb.append('=');
        sb.append(((this.phase == null)?"<null>":this.phase));
        sb.append(',');
        sb.append("closed");
        sb.append('=');
        sb.append(((this.closed == null)?"<null>":this.closed));
        sb.append(',');
        sb.append("term");
        sb.append('=');
        sb.append(((this.term == null)?"<null>":this.term));
        sb.append(',');
        sb.append("concurrency");
        sb.append('=');
        sb.append(((this.concurrency == null)?"<null>":this.concurrency));
        sb.append(',');
        sb.append("cases");
        sb.append('=');
        sb.append(((this.cases == null)?"<null>":this.cases));
        sb.append(',');
        sb.append("obligations");
        sb.append('=');
        sb.append(((this.obligations == null)?"<null>":this.obligations));
        sb.append(',');
        sb.append("usingUnits");
        sb.append('=');
        sb.append(((this.usingUnits == null)?"<null>":this.usingUnits));
        sb.append(',');
        sb.append("relationshipLedger");
        sb.append('=');
        sb.append(((this.relationshipLedger == null)?"<null>":this.relationshipLedger));
        sb.append(',');
        sb.append("builder");
        sb.append('=');
        sb.append(((this.builder == null)?"<null>":this.builder));
        sb.append(',');
        sb.append("capabilities");
        sb.append('=');
        sb.append(((this.capabilities == null)?"<null>":this.capabilities));
        sb.append(',');
        sb.append("changes");
        sb.append('=');
        sb.append(((this.changes == null)?"<null>":this.changes));
        sb.append(',');
        sb.append("network");
        sb.append('=');
        sb.append(((this.network == null)?"<null>":this.network));
        sb.append(',');
        sb.append("terminationFilings");
        sb.append('=');
        sb.append(((this.terminationFilings == null)?"<null>":this.terminationFilings));
        sb.append(',');
        sb.append("builderFlowData");
        sb.append('=');
        sb.append(((this.builderFlowData == null)?"<null>":this.builderFlowData));
        sb.append(',');
        sb.append("nextDeadlines");
        sb.append('=');
        sb.append(((this.nextDeadlines == null)?"<null>":this.nextDeadlines));
        sb.append(',');
        sb.append("pendingDecisions");
        sb.append('=');
        sb.append(((this.pendingDecisions == null)?"<null>":this.pendingDecisions));
        sb.append(',');
        sb.append("termination");
        sb.append('=');
        sb.append(((this.termination == null)?"<null>":this.termination));
        sb.append(',');
        sb.append("eligibility");
        sb.append('=');
        sb.append(((this.eligibility == null)?"<null>":this.eligibility));
        sb.append(',');
        sb.append("review");
        sb.append('=');
        sb.append(((this.review == null)?"<null>":this.review));
        sb.append(',');
        sb.append("applicant");
        sb.append('=');
        sb.append(((this.applicant == null)?"<null>":this.applicant));
        sb.append(',');
        sb.append("chartStates");
        sb.append('=');
        sb.append(((this.chartStates == null)?"<null>":this.chartStates));
        sb.append(',');
        sb.append("additionalProperties");
        sb.append('=');
        sb.append(((this.additionalProperties == null)?"<null>":this.additionalProperties));
        sb.append(',');
        if (sb.charAt((sb.length()- 1)) == ',') {
            sb.setCharAt((sb.length()- 1), ']');
        } else {
            sb.append(']');
        }
        return sb.toString();
    }

    @Override
    public int hashCode() {
        int result = 1;
        result = ((result* 31)+((this.chartStates == null)? 0 :this.chartStates.hashCode()));
        result = ((result* 31)+((this.obligations == null)? 0 :this.obligations.hashCode()));
        result = ((result* 31)+((this.changes == null)? 0 :this.changes.hashCode()));
        result = ((result* 31)+((this.eligibility == null)? 0 :this.eligibility.hashCode()));
        result = ((result* 31)+((this.pendingDecisions == null)? 0 :this.pendingDecisions.hashCode()));
        result = ((result* 31)+((this.nextDeadlines == null)? 0 :this.nextDeadlines.hashCode()));
        result = ((result* 31)+((this.network == null)? 0 :this.network.hashCode()));
        result = ((result* 31)+((this.review == null)? 0 :this.review.hashCode()));
        result = ((result* 31)+((this.builder == null)? 0 :this.builder.hashCode()));
        result = ((result* 31)+((this.unitId == null)? 0 :this.unitId.hashCode()));
        result = ((result* 31)+((this.term == null)? 0 :this.term.hashCode()));
        result = ((result* 31)+((this.replayed == null)? 0 :this.replayed.hashCode()));
        result = ((result* 31)+((this.phase == null)? 0 :this.phase.hashCode()));
        result = ((result* 31)+((this.termination == null)? 0 :this.termination.hashCode()));
        result = ((result* 31)+((this.cases == null)? 0 :this.cases.hashCode()));
        result = ((result* 31)+((this.capabilities == null)? 0 :this.capabilities.hashCode()));
        result = ((result* 31)+((this.builderFlowData == null)? 0 :this.builderFlowData.hashCode()));
        result = ((result* 31)+((this.concurrency == null)? 0 :this.concurrency.hashCode()));
        result = ((result* 31)+((this.applicant == null)? 0 :this.applicant.hashCode()));
        result = ((result* 31)+((this.usingUnits == null)? 0 :this.usingUnits.hashCode()));
        result = ((result* 31)+((this.terminationFilings == null)? 0 :this.terminationFilings.hashCode()));
        result = ((result* 31)+((this.closed == null)? 0 :this.closed.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.relationshipLedger == null)? 0 :this.relationshipLedger.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof StateSummary) == false) {
            return false;
        }
        StateSummary rhs = ((StateSummary) other);
        return (((((((((((((((((((((((((this.chartStates == rhs.chartStates)||((this.chartStates!= null)&&this.chartStates.equals(rhs.chartStates)))&&((this.obligations == rhs.obligations)||((this.obligations!= null)&&this.obligations.equals(rhs.obligations))))&&((this.changes == rhs.changes)||((this.changes!= null)&&this.changes.equals(rhs.changes))))&&((this.eligibility == rhs.eligibility)||((this.eligibility!= null)&&this.eligibility.equals(rhs.eligibility))))&&((this.pendingDecisions == rhs.pendingDecisions)||((this.pendingDecisions!= null)&&this.pendingDecisions.equals(rhs.pendingDecisions))))&&((this.nextDeadlines == rhs.nextDeadlines)||((this.nextDeadlines!= null)&&this.nextDeadlines.equals(rhs.nextDeadlines))))&&((this.network == rhs.network)||((this.network!= null)&&this.network.equals(rhs.network))))&&((this.review == rhs.review)||((this.review!= null)&&this.review.equals(rhs.review))))&&((this.builder == rhs.builder)||((this.builder!= null)&&this.builder.equals(rhs.builder))))&&((this.unitId == rhs.unitId)||((this.unitId!= null)&&this.unitId.equals(rhs.unitId))))&&((this.term == rhs.term)||((this.term!= null)&&this.term.equals(rhs.term))))&&((this.replayed == rhs.replayed)||((this.replayed!= null)&&this.replayed.equals(rhs.replayed))))&&((this.phase == rhs.phase)||((this.phase!= null)&&this.phase.equals(rhs.phase))))&&((this.termination == rhs.termination)||((this.termination!= null)&&this.termination.equals(rhs.termination))))&&((this.cases == rhs.cases)||((this.cases!= null)&&this.cases.equals(rhs.cases))))&&((this.capabilities == rhs.capabilities)||((this.capabilities!= null)&&this.capabilities.equals(rhs.capabilities))))&&((this.builderFlowData == rhs.builderFlowData)||((this.builderFlowData!= null)&&this.builderFlowData.equals(rhs.builderFlowData))))&&((this.concurrency == rhs.concurrency)||((this.concurrency!= null)&&this.concurrency.equals(rhs.concurrency))))&&((this.applicant == rhs.applicant)||((this.applicant!= null)&&this.applicant.equals(rhs.applicant))))&&((this.usingUnits == rhs.usingUnits)||((this.usingUnits!= null)&&this.usingUnits.equals(rhs.usingUnits))))&&((this.terminationFilings == rhs.terminationFilings)||((this.terminationFilings!= null)&&this.terminationFilings.equals(rhs.terminationFilings))))&&((this.closed == rhs.closed)||((this.closed!= null)&&this.closed.equals(rhs.closed))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.relationshipLedger == rhs.relationshipLedger)||((this.relationshipLedger!= null)&&this.relationshipLedger.equals(rhs.relationshipLedger))));
    }

    public enum Phase {

        PROSPECT("prospect"),
        UNDER_REVIEW("underReview"),
        RETURNED("returned"),
        ACTIVE("active"),
        SUSPENDED("suspended"),
        TERMINATION_SCHEDULED("terminationScheduled"),
        TERMINATED("terminated");
        private final String value;
        private final static Map<String, StateSummary.Phase> CONSTANTS = new HashMap<String, StateSummary.Phase>();

        static {
            for (StateSummary.Phase c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Phase(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return this.value;
        }

        @JsonValue
        public String value() {
            return this.value;
        }

        @JsonCreator
        public static StateSummary.Phase fromValue(String value) {
            StateSummary.Phase constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}

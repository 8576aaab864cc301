
package invalid.leqi.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "id",
    "kind",
    "ruleId",
    "status",
    "openedAt",
    "dueAt",
    "dueOn",
    "measures",
    "target",
    "outcome",
    "terminationProposed",
    "legalReferral",
    "jointLiability",
    "feedback",
    "escalated",
    "history"
})
public class Case {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("id")
    private String id;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    private String kind;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    private String ruleId;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("status")
    private String status;
    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("openedAt")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String openedAt;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dueAt")
    private Object dueAt;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dueOn")
    private Object dueOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("measures")
    private List<String> measures;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("target")
    private Target__5 target;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("outcome")
    private String outcome;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("terminationProposed")
    private Boolean terminationProposed;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("legalReferral")
    private Boolean legalReferral;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("jointLiability")
    private Boolean jointLiability;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("feedback")
    private String feedback;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("escalated")
    private Boolean escalated;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("history")
    private List<History> history;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("id")
    public String getId() {
        return id;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("id")
    public void setId(String id) {
        this.id = id;
    }

    public Case withId(String id) {
        this.id = id;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    public String getKind() {
        return kind;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("kind")
    public void setKind(String kind) {
        this.kind = kind;
    }

    public Case withKind(String kind) {
        this.kind = kind;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public String getRuleId() {
        return ruleId;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public Case withRuleId(String ruleId) {
        this.ruleId = ruleId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("status")
    public String getStatus() {
        return status;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("status")
    public void setStatus(String status) {
        this.status = status;
    }

    public Case withStatus(String status) {
        this.status = status;
        return this;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("openedAt")
    public String getOpenedAt() {
        return openedAt;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("openedAt")
    public void setOpenedAt(String openedAt) {
        this.openedAt = openedAt;
    }

    public Case withOpenedAt(String openedAt) {
        this.openedAt = openedAt;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dueAt")
    public Object getDueAt() {
        return dueAt;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dueAt")
    public void setDueAt(Object dueAt) {
        this.dueAt = dueAt;
    }

    public Case withDueAt(Object dueAt) {
        this.dueAt = dueAt;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dueOn")
    public Object getDueOn() {
        return dueOn;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dueOn")
    public void setDueOn(Object dueOn) {
        this.dueOn = dueOn;
    }

    public Case withDueOn(Object dueOn) {
        this.dueOn = dueOn;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("measures")
    public List<String> getMeasures() {
        return measures;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("measures")
    public void setMeasures(List<String> measures) {
        this.measures = measures;
    }

    public Case withMeasures(List<String> measures) {
        this.measures = measures;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("target")
    public Target__5 getTarget() {
        return target;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("target")
    public void setTarget(Target__5 target) {
        this.target = target;
    }

    public Case withTarget(Target__5 target) {
        this.target = target;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("outcome")
    public String getOutcome() {
        return outcome;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("outcome")
    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Case withOutcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("terminationProposed")
    public Boolean getTerminationProposed() {
        return terminationProposed;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("terminationProposed")
    public void setTerminationProposed(Boolean terminationProposed) {
        this.terminationProposed = terminationProposed;
    }

    public Case withTerminationProposed(Boolean terminationProposed) {
        this.terminationProposed = terminationProposed;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("legalReferral")
    public Boolean getLegalReferral() {
        return legalReferral;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("legalReferral")
    public void setLegalReferral(Boolean legalReferral) {
        this.legalReferral = legalReferral;
    }

    public Case withLegalReferral(Boolean legalReferral) {
        this.legalReferral = legalReferral;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("jointLiability")
    public Boolean getJointLiability() {
        return jointLiability;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("jointLiability")
    public void setJointLiability(Boolean jointLiability) {
        this.jointLiability = jointLiability;
    }

    public Case withJointLiability(Boolean jointLiability) {
        this.jointLiability = jointLiability;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("feedback")
    public String getFeedback() {
        return feedback;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("feedback")
    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public Case withFeedback(String feedback) {
        this.feedback = feedback;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("escalated")
    public Boolean getEscalated() {
        return escalated;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("escalated")
    public void setEscalated(Boolean escalated) {
        this.escalated = escalated;
    }

    public Case withEscalated(Boolean escalated) {
        this.escalated = escalated;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("history")
    public List<History> getHistory() {
        return history;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("history")
    public void setHistory(List<History> history) {
        this.history = history;
    }

    public Case withHistory(List<History> history) {
        this.history = history;
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

    public Case withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Case.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("id");
        sb.append('=');
        sb.append(((this.id == null)?"<null>":this.id));
        sb.append(',');
        sb.append("kind");
        sb.append('=');
        sb.append(((this.kind == null)?"<null>":this.kind));
        sb.append(',');
        sb.append("ruleId");
        sb.append('=');
        sb.append(((this.ruleId == null)?"<null>":this.ruleId));
        sb.append(',');
        sb.append("status");
        sb.append('=');
        sb.append(((this.status == null)?"<null>":this.status));
        sb.append(',');
        sb.append("openedAt");
        sb.append('=');
        sb.append(((this.openedAt == null)?"<null>":this.openedAt));
        sb.append(',');
        sb.append("dueAt");
        sb.append('=');
        sb.append(((this.dueAt == null)?"<null>":this.dueAt));
        sb.append(',');
        sb.append("dueOn");
        sb.append('=');
        sb.append(((this.dueOn == null)?"<null>":this.dueOn));
        sb.append(',');
        sb.append("measures");
        sb.append('=');
        sb.append(((this.measures == null)?"<null>":this.measures));
        sb.append(',');
        sb.append("target");
        sb.append('=');
        sb.append(((this.target == null)?"<null>":this.target));
        sb.append(',');
        sb.append("outcome");
        sb.append('=');
        sb.append(((this.outcome == null)?"<null>":this.outcome));
        sb.append(',');
        sb.append("terminationProposed");
        sb.append('=');
        sb.append(((this.terminationProposed == null)?"<null>":this.terminationProposed));
        sb.append(',');
        sb.append("legalReferral");
        sb.append('=');
        sb.append(((this.legalReferral == null)?"<null>":this.legalReferral));
        sb.append(',');
        sb.append("jointLiability");
        sb.append('=');
        sb.append(((this.jointLiability == null)?"<null>":this.jointLiability));
        sb.append(',');
        sb.append("feedback");
        sb.append('=');
        sb.append(((this.feedback == null)?"<null>":this.feedback));
        sb.append(',');
        sb.append("escalated");
        sb.append('=');
        sb.append(((this.escalated == null)?"<null>":this.escalated));
        sb.append(',');
        sb.append("history");
        sb.append('=');
        sb.append(((this.history == null)?"<null>":this.history));
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
        result = ((result* 31)+((this.dueOn == null)? 0 :this.dueOn.hashCode()));
        result = ((result* 31)+((this.kind == null)? 0 :this.kind.hashCode()));
        result = ((result* 31)+((this.terminationProposed == null)? 0 :this.terminationProposed.hashCode()));
        result = ((result* 31)+((this.escalated == null)? 0 :this.escalated.hashCode()));
        result = ((result* 31)+((this.legalReferral == null)? 0 :this.legalReferral.hashCode()));
        result = ((result* 31)+((this.history == null)? 0 :this.history.hashCode()));
        result = ((result* 31)+((this.openedAt == null)? 0 :this.openedAt.hashCode()));
        result = ((result* 31)+((this.target == null)? 0 :this.target.hashCode()));
        result = ((result* 31)+((this.jointLiability == null)? 0 :this.jointLiability.hashCode()));
        result = ((result* 31)+((this.dueAt == null)? 0 :this.dueAt.hashCode()));
        result = ((result* 31)+((this.feedback == null)? 0 :this.feedback.hashCode()));
        result = ((result* 31)+((this.measures == null)? 0 :this.measures.hashCode()));
        result = ((result* 31)+((this.id == null)? 0 :this.id.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.ruleId == null)? 0 :this.ruleId.hashCode()));
        result = ((result* 31)+((this.outcome == null)? 0 :this.outcome.hashCode()));
        result = ((result* 31)+((this.status == null)? 0 :this.status.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Case) == false) {
            return false;
        }
        Case rhs = ((Case) other);
        return ((((((((((((((((((this.dueOn == rhs.dueOn)||((this.dueOn!= null)&&this.dueOn.equals(rhs.dueOn)))&&((this.kind == rhs.kind)||((this.kind!= null)&&this.kind.equals(rhs.kind))))&&((this.terminationProposed == rhs.terminationProposed)||((this.terminationProposed!= null)&&this.terminationProposed.equals(rhs.terminationProposed))))&&((this.escalated == rhs.escalated)||((this.escalated!= null)&&this.escalated.equals(rhs.escalated))))&&((this.legalReferral == rhs.legalReferral)||((this.legalReferral!= null)&&this.legalReferral.equals(rhs.legalReferral))))&&((this.history == rhs.history)||((this.history!= null)&&this.history.equals(rhs.history))))&&((this.openedAt == rhs.openedAt)||((this.openedAt!= null)&&this.openedAt.equals(rhs.openedAt))))&&((this.target == rhs.target)||((this.target!= null)&&this.target.equals(rhs.target))))&&((this.jointLiability == rhs.jointLiability)||((this.jointLiability!= null)&&this.jointLiability.equals(rhs.jointLiability))))&&((this.dueAt == rhs.dueAt)||((this.dueAt!= null)&&this.dueAt.equals(rhs.dueAt))))&&((this.feedback == rhs.feedback)||((this.feedback!= null)&&this.feedback.equals(rhs.feedback))))&&((this.measures == rhs.measures)||((this.measures!= null)&&this.measures.equals(rhs.measures))))&&((this.id == rhs.id)||((this.id!= null)&&this.id.equals(rhs.id))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.ruleId == rhs.ruleId)||((this.ruleId!= null)&&this.ruleId.equals(rhs.ruleId))))&&((this.outcome == rhs.outcome)||((this.outcome!= null)&&this.outcome.equals(rhs.outcome))))&&((this.status == rhs.status)||((this.status!= null)&&this.status.equals(rhs.status))));
    }

}

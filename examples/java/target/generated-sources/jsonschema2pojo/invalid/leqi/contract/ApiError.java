
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


/**
 * ApiError
 * <p>
 * the error body of every HTTP failure (application/problem+json): the contract’s Rejection plus `title` and `status`
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "ruleId",
    "state",
    "reason",
    "problems",
    "title",
    "status",
    "error"
})
public class ApiError {

    /**
     * a rejection type (InvalidCommand | IllegalTransition | Forbidden | RequestIdReused | InvalidStart) or an edge error: NotFound | UnitClosed | InvalidRequest | MalformedJson | Unauthorized | PayloadTooLarge | UnsupportedMediaType | RecordUnavailable | Internal
     * (Required)
     * 
     */
    @JsonProperty("type")
    @JsonPropertyDescription("a rejection type (InvalidCommand | IllegalTransition | Forbidden | RequestIdReused | InvalidStart) or an edge error: NotFound | UnitClosed | InvalidRequest | MalformedJson | Unauthorized | PayloadTooLarge | UnsupportedMediaType | RecordUnavailable | Internal")
    private String type;
    /**
     * the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    @JsonPropertyDescription("the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved")
    private String ruleId;
    /**
     * the unit’s phase when the command was refused; null when it was refused before reaching a unit
     * (Required)
     * 
     */
    @JsonProperty("state")
    @JsonPropertyDescription("the unit\u2019s phase when the command was refused; null when it was refused before reaching a unit")
    private String state;
    /**
     * a readable explanation naming the state and the rule (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("reason")
    @JsonPropertyDescription("a readable explanation naming the state and the rule (may change; never branch on it)")
    private String reason;
    /**
     * every bad field of an InvalidCommand; empty for the other types
     * (Required)
     * 
     */
    @JsonProperty("problems")
    @JsonPropertyDescription("every bad field of an InvalidCommand; empty for the other types")
    private List<Problem> problems;
    /**
     * RFC 9457: a short summary of the type
     * (Required)
     * 
     */
    @JsonProperty("title")
    @JsonPropertyDescription("RFC 9457: a short summary of the type")
    private String title;
    /**
     * RFC 9457: the HTTP status
     * (Required)
     * 
     */
    @JsonProperty("status")
    @JsonPropertyDescription("RFC 9457: the HTTP status")
    private Long status;
    /**
     * the same in the shape of API 1.0 (problems as `path: message`); removed in API 2
     * (Required)
     * 
     */
    @JsonProperty("error")
    @JsonPropertyDescription("the same in the shape of API 1.0 (problems as `path: message`); removed in API 2")
    private Error error;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * a rejection type (InvalidCommand | IllegalTransition | Forbidden | RequestIdReused | InvalidStart) or an edge error: NotFound | UnitClosed | InvalidRequest | MalformedJson | Unauthorized | PayloadTooLarge | UnsupportedMediaType | RecordUnavailable | Internal
     * (Required)
     * 
     */
    @JsonProperty("type")
    public String getType() {
        return type;
    }

    /**
     * a rejection type (InvalidCommand | IllegalTransition | Forbidden | RequestIdReused | InvalidStart) or an edge error: NotFound | UnitClosed | InvalidRequest | MalformedJson | Unauthorized | PayloadTooLarge | UnsupportedMediaType | RecordUnavailable | Internal
     * (Required)
     * 
     */
    @JsonProperty("type")
    public void setType(String type) {
        this.type = type;
    }

    public ApiError withType(String type) {
        this.type = type;
        return this;
    }

    /**
     * the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public String getRuleId() {
        return ruleId;
    }

    /**
     * the rule that refuses (IllegalTransition, Forbidden, often InvalidCommand of a rule-bound field); null when no rule is involved
     * (Required)
     * 
     */
    @JsonProperty("ruleId")
    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public ApiError withRuleId(String ruleId) {
        this.ruleId = ruleId;
        return this;
    }

    /**
     * the unit’s phase when the command was refused; null when it was refused before reaching a unit
     * (Required)
     * 
     */
    @JsonProperty("state")
    public String getState() {
        return state;
    }

    /**
     * the unit’s phase when the command was refused; null when it was refused before reaching a unit
     * (Required)
     * 
     */
    @JsonProperty("state")
    public void setState(String state) {
        this.state = state;
    }

    public ApiError withState(String state) {
        this.state = state;
        return this;
    }

    /**
     * a readable explanation naming the state and the rule (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("reason")
    public String getReason() {
        return reason;
    }

    /**
     * a readable explanation naming the state and the rule (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("reason")
    public void setReason(String reason) {
        this.reason = reason;
    }

    public ApiError withReason(String reason) {
        this.reason = reason;
        return this;
    }

    /**
     * every bad field of an InvalidCommand; empty for the other types
     * (Required)
     * 
     */
    @JsonProperty("problems")
    public List<Problem> getProblems() {
        return problems;
    }

    /**
     * every bad field of an InvalidCommand; empty for the other types
     * (Required)
     * 
     */
    @JsonProperty("problems")
    public void setProblems(List<Problem> problems) {
        this.problems = problems;
    }

    public ApiError withProblems(List<Problem> problems) {
        this.problems = problems;
        return this;
    }

    /**
     * RFC 9457: a short summary of the type
     * (Required)
     * 
     */
    @JsonProperty("title")
    public String getTitle() {
        return title;
    }

    /**
     * RFC 9457: a short summary of the type
     * (Required)
     * 
     */
    @JsonProperty("title")
    public void setTitle(String title) {
        this.title = title;
    }

    public ApiError withTitle(String title) {
        this.title = title;
        return this;
    }

    /**
     * RFC 9457: the HTTP status
     * (Required)
     * 
     */
    @JsonProperty("status")
    public Long getStatus() {
        return status;
    }

    /**
     * RFC 9457: the HTTP status
     * (Required)
     * 
     */
    @JsonProperty("status")
    public void setStatus(Long status) {
        this.status = status;
    }

    public ApiError withStatus(Long status) {
        this.status = status;
        return this;
    }

    /**
     * the same in the shape of API 1.0 (problems as `path: message`); removed in API 2
     * (Required)
     * 
     */
    @JsonProperty("error")
    public Error getError() {
        return error;
    }

    /**
     * the same in the shape of API 1.0 (problems as `path: message`); removed in API 2
     * (Required)
     * 
     */
    @JsonProperty("error")
    public void setError(Error error) {
        this.error = error;
    }

    public ApiError withError(Error error) {
        this.error = error;
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

    public ApiError withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ApiError.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("type");
        sb.append('=');
        sb.append(((this.type == null)?"<null>":this.type));
        sb.append(',');
        sb.append("ruleId");
        sb.append('=');
        sb.append(((this.ruleId == null)?"<null>":this.ruleId));
        sb.append(',');
        sb.append("state");
        sb.append('=');
        sb.append(((this.state == null)?"<null>":this.state));
        sb.append(',');
        sb.append("reason");
        sb.append('=');
        sb.append(((this.reason == null)?"<null>":this.reason));
        sb.append(',');
        sb.append("problems");
        sb.append('=');
        sb.append(((this.problems == null)?"<null>":this.problems));
        sb.append(',');
        sb.append("title");
        sb.append('=');
        sb.append(((this.title == null)?"<null>":this.title));
        sb.append(',');
        sb.append("status");
        sb.append('=');
        sb.append(((this.status == null)?"<null>":this.status));
        sb.append(',');
        sb.append("error");
        sb.append('=');
        sb.append(((this.error == null)?"<null>":this.error));
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
        result = ((result* 31)+((this.reason == null)? 0 :this.reason.hashCode()));
        result = ((result* 31)+((this.state == null)? 0 :this.state.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.ruleId == null)? 0 :this.ruleId.hashCode()));
        result = ((result* 31)+((this.title == null)? 0 :this.title.hashCode()));
        result = ((result* 31)+((this.error == null)? 0 :this.error.hashCode()));
        result = ((result* 31)+((this.problems == null)? 0 :this.problems.hashCode()));
        result = ((result* 31)+((this.status == null)? 0 :this.status.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ApiError) == false) {
            return false;
        }
        ApiError rhs = ((ApiError) other);
        return ((((((((((this.reason == rhs.reason)||((this.reason!= null)&&this.reason.equals(rhs.reason)))&&((this.state == rhs.state)||((this.state!= null)&&this.state.equals(rhs.state))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.ruleId == rhs.ruleId)||((this.ruleId!= null)&&this.ruleId.equals(rhs.ruleId))))&&((this.title == rhs.title)||((this.title!= null)&&this.title.equals(rhs.title))))&&((this.error == rhs.error)||((this.error!= null)&&this.error.equals(rhs.error))))&&((this.problems == rhs.problems)||((this.problems!= null)&&this.problems.equals(rhs.problems))))&&((this.status == rhs.status)||((this.status!= null)&&this.status.equals(rhs.status))));
    }

}

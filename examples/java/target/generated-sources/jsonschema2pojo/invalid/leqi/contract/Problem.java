
package invalid.leqi.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * Problem
 * <p>
 * one bad field of a command
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "path",
    "code",
    "message"
})
public class Problem {

    /**
     * a JSON Pointer (RFC 6901) to the bad field, e.g. `/application/dcuUscc`; `` for the whole command
     * (Required)
     * 
     */
    @JsonProperty("path")
    @JsonPropertyDescription("a JSON Pointer (RFC 6901) to the bad field, e.g. `/application/dcuUscc`; `` for the whole command")
    private String path;
    /**
     * a stable code: invalid_type, too_small, too_big, invalid_format, invalid_value, unrecognized_key, custom, …
     * (Required)
     * 
     */
    @JsonProperty("code")
    @JsonPropertyDescription("a stable code: invalid_type, too_small, too_big, invalid_format, invalid_value, unrecognized_key, custom, \u2026")
    private String code;
    /**
     * a readable explanation (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("message")
    @JsonPropertyDescription("a readable explanation (may change; never branch on it)")
    private String message;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * a JSON Pointer (RFC 6901) to the bad field, e.g. `/application/dcuUscc`; `` for the whole command
     * (Required)
     * 
     */
    @JsonProperty("path")
    public String getPath() {
        return path;
    }

    /**
     * a JSON Pointer (RFC 6901) to the bad field, e.g. `/application/dcuUscc`; `` for the whole command
     * (Required)
     * 
     */
    @JsonProperty("path")
    public void setPath(String path) {
        this.path = path;
    }

    public Problem withPath(String path) {
        this.path = path;
        return this;
    }

    /**
     * a stable code: invalid_type, too_small, too_big, invalid_format, invalid_value, unrecognized_key, custom, …
     * (Required)
     * 
     */
    @JsonProperty("code")
    public String getCode() {
        return code;
    }

    /**
     * a stable code: invalid_type, too_small, too_big, invalid_format, invalid_value, unrecognized_key, custom, …
     * (Required)
     * 
     */
    @JsonProperty("code")
    public void setCode(String code) {
        this.code = code;
    }

    public Problem withCode(String code) {
        this.code = code;
        return this;
    }

    /**
     * a readable explanation (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("message")
    public String getMessage() {
        return message;
    }

    /**
     * a readable explanation (may change; never branch on it)
     * (Required)
     * 
     */
    @JsonProperty("message")
    public void setMessage(String message) {
        this.message = message;
    }

    public Problem withMessage(String message) {
        this.message = message;
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

    public Problem withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Problem.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("path");
        sb.append('=');
        sb.append(((this.path == null)?"<null>":this.path));
        sb.append(',');
        sb.append("code");
        sb.append('=');
        sb.append(((this.code == null)?"<null>":this.code));
        sb.append(',');
        sb.append("message");
        sb.append('=');
        sb.append(((this.message == null)?"<null>":this.message));
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
        result = ((result* 31)+((this.path == null)? 0 :this.path.hashCode()));
        result = ((result* 31)+((this.code == null)? 0 :this.code.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.message == null)? 0 :this.message.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Problem) == false) {
            return false;
        }
        Problem rhs = ((Problem) other);
        return (((((this.path == rhs.path)||((this.path!= null)&&this.path.equals(rhs.path)))&&((this.code == rhs.code)||((this.code!= null)&&this.code.equals(rhs.code))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.message == rhs.message)||((this.message!= null)&&this.message.equals(rhs.message))));
    }

}


package invalid.leqi.contract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * Annex 4: the authorized builder, its E-AUTH findings, the letter and the joint liability (E-AUTH-10); null when none
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "uscc",
    "name",
    "relation",
    "scope",
    "mayActForDcu",
    "eligibility",
    "letter",
    "jointLiability",
    "flowDataRequired"
})
public class Builder {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    private String uscc;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("name")
    private String name;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    private Builder.Relation relation;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    private Builder.Scope scope;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("mayActForDcu")
    private Boolean mayActForDcu;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligibility")
    private Eligibility eligibility;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("letter")
    private Letter letter;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("jointLiability")
    private JointLiability jointLiability;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("flowDataRequired")
    private Boolean flowDataRequired;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    public String getUscc() {
        return uscc;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public Builder withUscc(String uscc) {
        this.uscc = uscc;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("name")
    public String getName() {
        return name;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("name")
    public void setName(String name) {
        this.name = name;
    }

    public Builder withName(String name) {
        this.name = name;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    public Builder.Relation getRelation() {
        return relation;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    public void setRelation(Builder.Relation relation) {
        this.relation = relation;
    }

    public Builder withRelation(Builder.Relation relation) {
        this.relation = relation;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    public Builder.Scope getScope() {
        return scope;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    public void setScope(Builder.Scope scope) {
        this.scope = scope;
    }

    public Builder withScope(Builder.Scope scope) {
        this.scope = scope;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("mayActForDcu")
    public Boolean getMayActForDcu() {
        return mayActForDcu;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("mayActForDcu")
    public void setMayActForDcu(Boolean mayActForDcu) {
        this.mayActForDcu = mayActForDcu;
    }

    public Builder withMayActForDcu(Boolean mayActForDcu) {
        this.mayActForDcu = mayActForDcu;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligibility")
    public Eligibility getEligibility() {
        return eligibility;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("eligibility")
    public void setEligibility(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    public Builder withEligibility(Eligibility eligibility) {
        this.eligibility = eligibility;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("letter")
    public Letter getLetter() {
        return letter;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("letter")
    public void setLetter(Letter letter) {
        this.letter = letter;
    }

    public Builder withLetter(Letter letter) {
        this.letter = letter;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("jointLiability")
    public JointLiability getJointLiability() {
        return jointLiability;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("jointLiability")
    public void setJointLiability(JointLiability jointLiability) {
        this.jointLiability = jointLiability;
    }

    public Builder withJointLiability(JointLiability jointLiability) {
        this.jointLiability = jointLiability;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("flowDataRequired")
    public Boolean getFlowDataRequired() {
        return flowDataRequired;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("flowDataRequired")
    public void setFlowDataRequired(Boolean flowDataRequired) {
        this.flowDataRequired = flowDataRequired;
    }

    public Builder withFlowDataRequired(Boolean flowDataRequired) {
        this.flowDataRequired = flowDataRequired;
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

    public Builder withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(Builder.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("uscc");
        sb.append('=');
        sb.append(((this.uscc == null)?"<null>":this.uscc));
        sb.append(',');
        sb.append("name");
        sb.append('=');
        sb.append(((this.name == null)?"<null>":this.name));
        sb.append(',');
        sb.append("relation");
        sb.append('=');
        sb.append(((this.relation == null)?"<null>":this.relation));
        sb.append(',');
        sb.append("scope");
        sb.append('=');
        sb.append(((this.scope == null)?"<null>":this.scope));
        sb.append(',');
        sb.append("mayActForDcu");
        sb.append('=');
        sb.append(((this.mayActForDcu == null)?"<null>":this.mayActForDcu));
        sb.append(',');
        sb.append("eligibility");
        sb.append('=');
        sb.append(((this.eligibility == null)?"<null>":this.eligibility));
        sb.append(',');
        sb.append("letter");
        sb.append('=');
        sb.append(((this.letter == null)?"<null>":this.letter));
        sb.append(',');
        sb.append("jointLiability");
        sb.append('=');
        sb.append(((this.jointLiability == null)?"<null>":this.jointLiability));
        sb.append(',');
        sb.append("flowDataRequired");
        sb.append('=');
        sb.append(((this.flowDataRequired == null)?"<null>":this.flowDataRequired));
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
        result = ((result* 31)+((this.scope == null)? 0 :this.scope.hashCode()));
        result = ((result* 31)+((this.mayActForDcu == null)? 0 :this.mayActForDcu.hashCode()));
        result = ((result* 31)+((this.letter == null)? 0 :this.letter.hashCode()));
        result = ((result* 31)+((this.uscc == null)? 0 :this.uscc.hashCode()));
        result = ((result* 31)+((this.name == null)? 0 :this.name.hashCode()));
        result = ((result* 31)+((this.eligibility == null)? 0 :this.eligibility.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.flowDataRequired == null)? 0 :this.flowDataRequired.hashCode()));
        result = ((result* 31)+((this.relation == null)? 0 :this.relation.hashCode()));
        result = ((result* 31)+((this.jointLiability == null)? 0 :this.jointLiability.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof Builder) == false) {
            return false;
        }
        Builder rhs = ((Builder) other);
        return (((((((((((this.scope == rhs.scope)||((this.scope!= null)&&this.scope.equals(rhs.scope)))&&((this.mayActForDcu == rhs.mayActForDcu)||((this.mayActForDcu!= null)&&this.mayActForDcu.equals(rhs.mayActForDcu))))&&((this.letter == rhs.letter)||((this.letter!= null)&&this.letter.equals(rhs.letter))))&&((this.uscc == rhs.uscc)||((this.uscc!= null)&&this.uscc.equals(rhs.uscc))))&&((this.name == rhs.name)||((this.name!= null)&&this.name.equals(rhs.name))))&&((this.eligibility == rhs.eligibility)||((this.eligibility!= null)&&this.eligibility.equals(rhs.eligibility))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.flowDataRequired == rhs.flowDataRequired)||((this.flowDataRequired!= null)&&this.flowDataRequired.equals(rhs.flowDataRequired))))&&((this.relation == rhs.relation)||((this.relation!= null)&&this.relation.equals(rhs.relation))))&&((this.jointLiability == rhs.jointLiability)||((this.jointLiability!= null)&&this.jointLiability.equals(rhs.jointLiability))));
    }

    public enum Relation {

        AFFILIATE("affiliate"),
        THIRD_PARTY("thirdParty");
        private final String value;
        private final static Map<String, Builder.Relation> CONSTANTS = new HashMap<String, Builder.Relation>();

        static {
            for (Builder.Relation c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Relation(String value) {
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
        public static Builder.Relation fromValue(String value) {
            Builder.Relation constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum Scope {

        BUILD_AND_MANAGE("buildAndManage"),
        BUILD_ONLY("buildOnly");
        private final String value;
        private final static Map<String, Builder.Scope> CONSTANTS = new HashMap<String, Builder.Scope>();

        static {
            for (Builder.Scope c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Scope(String value) {
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
        public static Builder.Scope fromValue(String value) {
            Builder.Scope constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}

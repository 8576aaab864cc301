
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
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;


/**
 * AuthorizationLetter
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "authorizingUnitName",
    "authorizingUnitUscc",
    "authorizedUnitName",
    "authorizedUnitUscc",
    "relation",
    "scope",
    "conditionsDeclared",
    "startsOn",
    "endsOn",
    "authorizingSealRef",
    "authorizingLegalRep",
    "authorizingSignedOn",
    "authorizedSealRef",
    "authorizedLegalRep",
    "authorizedSignedOn"
})
public class AuthorizationLetter {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingUnitName")
    private String authorizingUnitName;
    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("authorizingUnitUscc")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
    private String authorizingUnitUscc;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedUnitName")
    private String authorizedUnitName;
    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("authorizedUnitUscc")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
    private String authorizedUnitUscc;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    private AuthorizationLetter.Relation relation;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    private AuthorizationLetter.Scope scope;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("conditionsDeclared")
    private Boolean conditionsDeclared;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String startsOn;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("endsOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String endsOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingSealRef")
    private String authorizingSealRef;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingLegalRep")
    private String authorizingLegalRep;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("authorizingSignedOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String authorizingSignedOn;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedSealRef")
    private String authorizedSealRef;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedLegalRep")
    private String authorizedLegalRep;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("authorizedSignedOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String authorizedSignedOn;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingUnitName")
    public String getAuthorizingUnitName() {
        return authorizingUnitName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingUnitName")
    public void setAuthorizingUnitName(String authorizingUnitName) {
        this.authorizingUnitName = authorizingUnitName;
    }

    public AuthorizationLetter withAuthorizingUnitName(String authorizingUnitName) {
        this.authorizingUnitName = authorizingUnitName;
        return this;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("authorizingUnitUscc")
    public String getAuthorizingUnitUscc() {
        return authorizingUnitUscc;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("authorizingUnitUscc")
    public void setAuthorizingUnitUscc(String authorizingUnitUscc) {
        this.authorizingUnitUscc = authorizingUnitUscc;
    }

    public AuthorizationLetter withAuthorizingUnitUscc(String authorizingUnitUscc) {
        this.authorizingUnitUscc = authorizingUnitUscc;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedUnitName")
    public String getAuthorizedUnitName() {
        return authorizedUnitName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedUnitName")
    public void setAuthorizedUnitName(String authorizedUnitName) {
        this.authorizedUnitName = authorizedUnitName;
    }

    public AuthorizationLetter withAuthorizedUnitName(String authorizedUnitName) {
        this.authorizedUnitName = authorizedUnitName;
        return this;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("authorizedUnitUscc")
    public String getAuthorizedUnitUscc() {
        return authorizedUnitUscc;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("authorizedUnitUscc")
    public void setAuthorizedUnitUscc(String authorizedUnitUscc) {
        this.authorizedUnitUscc = authorizedUnitUscc;
    }

    public AuthorizationLetter withAuthorizedUnitUscc(String authorizedUnitUscc) {
        this.authorizedUnitUscc = authorizedUnitUscc;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    public AuthorizationLetter.Relation getRelation() {
        return relation;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    public void setRelation(AuthorizationLetter.Relation relation) {
        this.relation = relation;
    }

    public AuthorizationLetter withRelation(AuthorizationLetter.Relation relation) {
        this.relation = relation;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    public AuthorizationLetter.Scope getScope() {
        return scope;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    public void setScope(AuthorizationLetter.Scope scope) {
        this.scope = scope;
    }

    public AuthorizationLetter withScope(AuthorizationLetter.Scope scope) {
        this.scope = scope;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("conditionsDeclared")
    public Boolean getConditionsDeclared() {
        return conditionsDeclared;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("conditionsDeclared")
    public void setConditionsDeclared(Boolean conditionsDeclared) {
        this.conditionsDeclared = conditionsDeclared;
    }

    public AuthorizationLetter withConditionsDeclared(Boolean conditionsDeclared) {
        this.conditionsDeclared = conditionsDeclared;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    public String getStartsOn() {
        return startsOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("startsOn")
    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public AuthorizationLetter withStartsOn(String startsOn) {
        this.startsOn = startsOn;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("endsOn")
    public String getEndsOn() {
        return endsOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * 
     */
    @JsonProperty("endsOn")
    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public AuthorizationLetter withEndsOn(String endsOn) {
        this.endsOn = endsOn;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingSealRef")
    public String getAuthorizingSealRef() {
        return authorizingSealRef;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingSealRef")
    public void setAuthorizingSealRef(String authorizingSealRef) {
        this.authorizingSealRef = authorizingSealRef;
    }

    public AuthorizationLetter withAuthorizingSealRef(String authorizingSealRef) {
        this.authorizingSealRef = authorizingSealRef;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingLegalRep")
    public String getAuthorizingLegalRep() {
        return authorizingLegalRep;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizingLegalRep")
    public void setAuthorizingLegalRep(String authorizingLegalRep) {
        this.authorizingLegalRep = authorizingLegalRep;
    }

    public AuthorizationLetter withAuthorizingLegalRep(String authorizingLegalRep) {
        this.authorizingLegalRep = authorizingLegalRep;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("authorizingSignedOn")
    public String getAuthorizingSignedOn() {
        return authorizingSignedOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("authorizingSignedOn")
    public void setAuthorizingSignedOn(String authorizingSignedOn) {
        this.authorizingSignedOn = authorizingSignedOn;
    }

    public AuthorizationLetter withAuthorizingSignedOn(String authorizingSignedOn) {
        this.authorizingSignedOn = authorizingSignedOn;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedSealRef")
    public String getAuthorizedSealRef() {
        return authorizedSealRef;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedSealRef")
    public void setAuthorizedSealRef(String authorizedSealRef) {
        this.authorizedSealRef = authorizedSealRef;
    }

    public AuthorizationLetter withAuthorizedSealRef(String authorizedSealRef) {
        this.authorizedSealRef = authorizedSealRef;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedLegalRep")
    public String getAuthorizedLegalRep() {
        return authorizedLegalRep;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("authorizedLegalRep")
    public void setAuthorizedLegalRep(String authorizedLegalRep) {
        this.authorizedLegalRep = authorizedLegalRep;
    }

    public AuthorizationLetter withAuthorizedLegalRep(String authorizedLegalRep) {
        this.authorizedLegalRep = authorizedLegalRep;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("authorizedSignedOn")
    public String getAuthorizedSignedOn() {
        return authorizedSignedOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("authorizedSignedOn")
    public void setAuthorizedSignedOn(String authorizedSignedOn) {
        this.authorizedSignedOn = authorizedSignedOn;
    }

    public AuthorizationLetter withAuthorizedSignedOn(String authorizedSignedOn) {
        this.authorizedSignedOn = authorizedSignedOn;
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

    public AuthorizationLetter withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(AuthorizationLetter.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("authorizingUnitName");
        sb.append('=');
        sb.append(((this.authorizingUnitName == null)?"<null>":this.authorizingUnitName));
        sb.append(',');
        sb.append("authorizingUnitUscc");
        sb.append('=');
        sb.append(((this.authorizingUnitUscc == null)?"<null>":this.authorizingUnitUscc));
        sb.append(',');
        sb.append("authorizedUnitName");
        sb.append('=');
        sb.append(((this.authorizedUnitName == null)?"<null>":this.authorizedUnitName));
        sb.append(',');
        sb.append("authorizedUnitUscc");
        sb.append('=');
        sb.append(((this.authorizedUnitUscc == null)?"<null>":this.authorizedUnitUscc));
        sb.append(',');
        sb.append("relation");
        sb.append('=');
        sb.append(((this.relation == null)?"<null>":this.relation));
        sb.append(',');
        sb.append("scope");
        sb.append('=');
        sb.append(((this.scope == null)?"<null>":this.scope));
        sb.append(',');
        sb.append("conditionsDeclared");
        sb.append('=');
        sb.append(((this.conditionsDeclared == null)?"<null>":this.conditionsDeclared));
        sb.append(',');
        sb.append("startsOn");
        sb.append('=');
        sb.append(((this.startsOn == null)?"<null>":this.startsOn));
        sb.append(',');
        sb.append("endsOn");
        sb.append('=');
        sb.append(((this.endsOn == null)?"<null>":this.endsOn));
        sb.append(',');
        sb.append("authorizingSealRef");
        sb.append('=');
        sb.append(((this.authorizingSealRef == null)?"<null>":this.authorizingSealRef));
        sb.append(',');
        sb.append("authorizingLegalRep");
        sb.append('=');
        sb.append(((this.authorizingLegalRep == null)?"<null>":this.authorizingLegalRep));
        sb.append(',');
        sb.append("authorizingSignedOn");
        sb.append('=');
        sb.append(((this.authorizingSignedOn == null)?"<null>":this.authorizingSignedOn));
        sb.append(',');
        sb.append("authorizedSealRef");
        sb.append('=');
        sb.append(((this.authorizedSealRef == null)?"<null>":this.authorizedSealRef));
        sb.append(',');
        sb.append("authorizedLegalRep");
        sb.append('=');
        sb.append(((this.authorizedLegalRep == null)?"<null>":this.authorizedLegalRep));
        sb.append(',');
        sb.append("authorizedSignedOn");
        sb.append('=');
        sb.append(((this.authorizedSignedOn == null)?"<null>":this.authorizedSignedOn));
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
        result = ((result* 31)+((this.conditionsDeclared == null)? 0 :this.conditionsDeclared.hashCode()));
        result = ((result* 31)+((this.endsOn == null)? 0 :this.endsOn.hashCode()));
        result = ((result* 31)+((this.authorizingLegalRep == null)? 0 :this.authorizingLegalRep.hashCode()));
        result = ((result* 31)+((this.startsOn == null)? 0 :this.startsOn.hashCode()));
        result = ((result* 31)+((this.authorizedLegalRep == null)? 0 :this.authorizedLegalRep.hashCode()));
        result = ((result* 31)+((this.relation == null)? 0 :this.relation.hashCode()));
        result = ((result* 31)+((this.authorizedSignedOn == null)? 0 :this.authorizedSignedOn.hashCode()));
        result = ((result* 31)+((this.authorizedUnitName == null)? 0 :this.authorizedUnitName.hashCode()));
        result = ((result* 31)+((this.scope == null)? 0 :this.scope.hashCode()));
        result = ((result* 31)+((this.authorizingUnitName == null)? 0 :this.authorizingUnitName.hashCode()));
        result = ((result* 31)+((this.authorizedSealRef == null)? 0 :this.authorizedSealRef.hashCode()));
        result = ((result* 31)+((this.authorizingUnitUscc == null)? 0 :this.authorizingUnitUscc.hashCode()));
        result = ((result* 31)+((this.authorizingSignedOn == null)? 0 :this.authorizingSignedOn.hashCode()));
        result = ((result* 31)+((this.authorizingSealRef == null)? 0 :this.authorizingSealRef.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.authorizedUnitUscc == null)? 0 :this.authorizedUnitUscc.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof AuthorizationLetter) == false) {
            return false;
        }
        AuthorizationLetter rhs = ((AuthorizationLetter) other);
        return (((((((((((((((((this.conditionsDeclared == rhs.conditionsDeclared)||((this.conditionsDeclared!= null)&&this.conditionsDeclared.equals(rhs.conditionsDeclared)))&&((this.endsOn == rhs.endsOn)||((this.endsOn!= null)&&this.endsOn.equals(rhs.endsOn))))&&((this.authorizingLegalRep == rhs.authorizingLegalRep)||((this.authorizingLegalRep!= null)&&this.authorizingLegalRep.equals(rhs.authorizingLegalRep))))&&((this.startsOn == rhs.startsOn)||((this.startsOn!= null)&&this.startsOn.equals(rhs.startsOn))))&&((this.authorizedLegalRep == rhs.authorizedLegalRep)||((this.authorizedLegalRep!= null)&&this.authorizedLegalRep.equals(rhs.authorizedLegalRep))))&&((this.relation == rhs.relation)||((this.relation!= null)&&this.relation.equals(rhs.relation))))&&((this.authorizedSignedOn == rhs.authorizedSignedOn)||((this.authorizedSignedOn!= null)&&this.authorizedSignedOn.equals(rhs.authorizedSignedOn))))&&((this.authorizedUnitName == rhs.authorizedUnitName)||((this.authorizedUnitName!= null)&&this.authorizedUnitName.equals(rhs.authorizedUnitName))))&&((this.scope == rhs.scope)||((this.scope!= null)&&this.scope.equals(rhs.scope))))&&((this.authorizingUnitName == rhs.authorizingUnitName)||((this.authorizingUnitName!= null)&&this.authorizingUnitName.equals(rhs.authorizingUnitName))))&&((this.authorizedSealRef == rhs.authorizedSealRef)||((this.authorizedSealRef!= null)&&this.authorizedSealRef.equals(rhs.authorizedSealRef))))&&((this.authorizingUnitUscc == rhs.authorizingUnitUscc)||((this.authorizingUnitUscc!= null)&&this.authorizingUnitUscc.equals(rhs.authorizingUnitUscc))))&&((this.authorizingSignedOn == rhs.authorizingSignedOn)||((this.authorizingSignedOn!= null)&&this.authorizingSignedOn.equals(rhs.authorizingSignedOn))))&&((this.authorizingSealRef == rhs.authorizingSealRef)||((this.authorizingSealRef!= null)&&this.authorizingSealRef.equals(rhs.authorizingSealRef))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.authorizedUnitUscc == rhs.authorizedUnitUscc)||((this.authorizedUnitUscc!= null)&&this.authorizedUnitUscc.equals(rhs.authorizedUnitUscc))));
    }

    public enum Relation {

        AFFILIATE("affiliate"),
        THIRD_PARTY("thirdParty");
        private final String value;
        private final static Map<String, AuthorizationLetter.Relation> CONSTANTS = new HashMap<String, AuthorizationLetter.Relation>();

        static {
            for (AuthorizationLetter.Relation c: values()) {
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
        public static AuthorizationLetter.Relation fromValue(String value) {
            AuthorizationLetter.Relation constant = CONSTANTS.get(value);
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
        private final static Map<String, AuthorizationLetter.Scope> CONSTANTS = new HashMap<String, AuthorizationLetter.Scope>();

        static {
            for (AuthorizationLetter.Scope c: values()) {
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
        public static AuthorizationLetter.Scope fromValue(String value) {
            AuthorizationLetter.Scope constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}

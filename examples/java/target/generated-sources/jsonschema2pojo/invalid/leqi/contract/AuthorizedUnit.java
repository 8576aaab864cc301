
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

@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "uscc",
    "name",
    "relation",
    "scope",
    "creditRating",
    "inPilotScope",
    "hasMajorTaxViolation3y",
    "canProvideTaxData",
    "canCoordinateSystems",
    "itCapability",
    "softwareRight",
    "dataRetentionRiskRulesAudit",
    "securityCompliance",
    "affiliationProofRef"
})
public class AuthorizedUnit {

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
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
    private AuthorizedUnit.Relation relation;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    private AuthorizedUnit.Scope scope;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    private AuthorizedUnit.CreditRating creditRating;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("inPilotScope")
    private Boolean inPilotScope;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("hasMajorTaxViolation3y")
    private Boolean hasMajorTaxViolation3y;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canProvideTaxData")
    private Boolean canProvideTaxData;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canCoordinateSystems")
    private Boolean canCoordinateSystems;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("itCapability")
    private Boolean itCapability;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("softwareRight")
    private Object softwareRight;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dataRetentionRiskRulesAudit")
    private Boolean dataRetentionRiskRulesAudit;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("securityCompliance")
    private Boolean securityCompliance;
    @JsonProperty("affiliationProofRef")
    private String affiliationProofRef;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    public String getUscc() {
        return uscc;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("uscc")
    public void setUscc(String uscc) {
        this.uscc = uscc;
    }

    public AuthorizedUnit withUscc(String uscc) {
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

    public AuthorizedUnit withName(String name) {
        this.name = name;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    public AuthorizedUnit.Relation getRelation() {
        return relation;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relation")
    public void setRelation(AuthorizedUnit.Relation relation) {
        this.relation = relation;
    }

    public AuthorizedUnit withRelation(AuthorizedUnit.Relation relation) {
        this.relation = relation;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    public AuthorizedUnit.Scope getScope() {
        return scope;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("scope")
    public void setScope(AuthorizedUnit.Scope scope) {
        this.scope = scope;
    }

    public AuthorizedUnit withScope(AuthorizedUnit.Scope scope) {
        this.scope = scope;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public AuthorizedUnit.CreditRating getCreditRating() {
        return creditRating;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public void setCreditRating(AuthorizedUnit.CreditRating creditRating) {
        this.creditRating = creditRating;
    }

    public AuthorizedUnit withCreditRating(AuthorizedUnit.CreditRating creditRating) {
        this.creditRating = creditRating;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("inPilotScope")
    public Boolean getInPilotScope() {
        return inPilotScope;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("inPilotScope")
    public void setInPilotScope(Boolean inPilotScope) {
        this.inPilotScope = inPilotScope;
    }

    public AuthorizedUnit withInPilotScope(Boolean inPilotScope) {
        this.inPilotScope = inPilotScope;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("hasMajorTaxViolation3y")
    public Boolean getHasMajorTaxViolation3y() {
        return hasMajorTaxViolation3y;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("hasMajorTaxViolation3y")
    public void setHasMajorTaxViolation3y(Boolean hasMajorTaxViolation3y) {
        this.hasMajorTaxViolation3y = hasMajorTaxViolation3y;
    }

    public AuthorizedUnit withHasMajorTaxViolation3y(Boolean hasMajorTaxViolation3y) {
        this.hasMajorTaxViolation3y = hasMajorTaxViolation3y;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canProvideTaxData")
    public Boolean getCanProvideTaxData() {
        return canProvideTaxData;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canProvideTaxData")
    public void setCanProvideTaxData(Boolean canProvideTaxData) {
        this.canProvideTaxData = canProvideTaxData;
    }

    public AuthorizedUnit withCanProvideTaxData(Boolean canProvideTaxData) {
        this.canProvideTaxData = canProvideTaxData;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canCoordinateSystems")
    public Boolean getCanCoordinateSystems() {
        return canCoordinateSystems;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("canCoordinateSystems")
    public void setCanCoordinateSystems(Boolean canCoordinateSystems) {
        this.canCoordinateSystems = canCoordinateSystems;
    }

    public AuthorizedUnit withCanCoordinateSystems(Boolean canCoordinateSystems) {
        this.canCoordinateSystems = canCoordinateSystems;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("itCapability")
    public Boolean getItCapability() {
        return itCapability;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("itCapability")
    public void setItCapability(Boolean itCapability) {
        this.itCapability = itCapability;
    }

    public AuthorizedUnit withItCapability(Boolean itCapability) {
        this.itCapability = itCapability;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("softwareRight")
    public Object getSoftwareRight() {
        return softwareRight;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("softwareRight")
    public void setSoftwareRight(Object softwareRight) {
        this.softwareRight = softwareRight;
    }

    public AuthorizedUnit withSoftwareRight(Object softwareRight) {
        this.softwareRight = softwareRight;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dataRetentionRiskRulesAudit")
    public Boolean getDataRetentionRiskRulesAudit() {
        return dataRetentionRiskRulesAudit;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dataRetentionRiskRulesAudit")
    public void setDataRetentionRiskRulesAudit(Boolean dataRetentionRiskRulesAudit) {
        this.dataRetentionRiskRulesAudit = dataRetentionRiskRulesAudit;
    }

    public AuthorizedUnit withDataRetentionRiskRulesAudit(Boolean dataRetentionRiskRulesAudit) {
        this.dataRetentionRiskRulesAudit = dataRetentionRiskRulesAudit;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("securityCompliance")
    public Boolean getSecurityCompliance() {
        return securityCompliance;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("securityCompliance")
    public void setSecurityCompliance(Boolean securityCompliance) {
        this.securityCompliance = securityCompliance;
    }

    public AuthorizedUnit withSecurityCompliance(Boolean securityCompliance) {
        this.securityCompliance = securityCompliance;
        return this;
    }

    @JsonProperty("affiliationProofRef")
    public String getAffiliationProofRef() {
        return affiliationProofRef;
    }

    @JsonProperty("affiliationProofRef")
    public void setAffiliationProofRef(String affiliationProofRef) {
        this.affiliationProofRef = affiliationProofRef;
    }

    public AuthorizedUnit withAffiliationProofRef(String affiliationProofRef) {
        this.affiliationProofRef = affiliationProofRef;
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

    public AuthorizedUnit withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(AuthorizedUnit.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("creditRating");
        sb.append('=');
        sb.append(((this.creditRating == null)?"<null>":this.creditRating));
        sb.append(',');
        sb.append("inPilotScope");
        sb.append('=');
        sb.append(((this.inPilotScope == null)?"<null>":this.inPilotScope));
        sb.append(',');
        sb.append("hasMajorTaxViolation3y");
        sb.append('=');
        sb.append(((this.hasMajorTaxViolation3y == null)?"<null>":this.hasMajorTaxViolation3y));
        sb.append(',');
        sb.append("canProvideTaxData");
        sb.append('=');
        sb.append(((this.canProvideTaxData == null)?"<null>":this.canProvideTaxData));
        sb.append(',');
        sb.append("canCoordinateSystems");
        sb.append('=');
        sb.append(((this.canCoordinateSystems == null)?"<null>":this.canCoordinateSystems));
        sb.append(',');
        sb.append("itCapability");
        sb.append('=');
        sb.append(((this.itCapability == null)?"<null>":this.itCapability));
        sb.append(',');
        sb.append("softwareRight");
        sb.append('=');
        sb.append(((this.softwareRight == null)?"<null>":this.softwareRight));
        sb.append(',');
        sb.append("dataRetentionRiskRulesAudit");
        sb.append('=');
        sb.append(((this.dataRetentionRiskRulesAudit == null)?"<null>":this.dataRetentionRiskRulesAudit));
        sb.append(',');
        sb.append("securityCompliance");
        sb.append('=');
        sb.append(((this.securityCompliance == null)?"<null>":this.securityCompliance));
        sb.append(',');
        sb.append("affiliationProofRef");
        sb.append('=');
        sb.append(((this.affiliationProofRef == null)?"<null>":this.affiliationProofRef));
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
        result = ((result* 31)+((this.dataRetentionRiskRulesAudit == null)? 0 :this.dataRetentionRiskRulesAudit.hashCode()));
        result = ((result* 31)+((this.uscc == null)? 0 :this.uscc.hashCode()));
        result = ((result* 31)+((this.inPilotScope == null)? 0 :this.inPilotScope.hashCode()));
        result = ((result* 31)+((this.canCoordinateSystems == null)? 0 :this.canCoordinateSystems.hashCode()));
        result = ((result* 31)+((this.softwareRight == null)? 0 :this.softwareRight.hashCode()));
        result = ((result* 31)+((this.securityCompliance == null)? 0 :this.securityCompliance.hashCode()));
        result = ((result* 31)+((this.relation == null)? 0 :this.relation.hashCode()));
        result = ((result* 31)+((this.canProvideTaxData == null)? 0 :this.canProvideTaxData.hashCode()));
        result = ((result* 31)+((this.scope == null)? 0 :this.scope.hashCode()));
        result = ((result* 31)+((this.name == null)? 0 :this.name.hashCode()));
        result = ((result* 31)+((this.hasMajorTaxViolation3y == null)? 0 :this.hasMajorTaxViolation3y.hashCode()));
        result = ((result* 31)+((this.itCapability == null)? 0 :this.itCapability.hashCode()));
        result = ((result* 31)+((this.affiliationProofRef == null)? 0 :this.affiliationProofRef.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.creditRating == null)? 0 :this.creditRating.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof AuthorizedUnit) == false) {
            return false;
        }
        AuthorizedUnit rhs = ((AuthorizedUnit) other);
        return ((((((((((((((((this.dataRetentionRiskRulesAudit == rhs.dataRetentionRiskRulesAudit)||((this.dataRetentionRiskRulesAudit!= null)&&this.dataRetentionRiskRulesAudit.equals(rhs.dataRetentionRiskRulesAudit)))&&((this.uscc == rhs.uscc)||((this.uscc!= null)&&this.uscc.equals(rhs.uscc))))&&((this.inPilotScope == rhs.inPilotScope)||((this.inPilotScope!= null)&&this.inPilotScope.equals(rhs.inPilotScope))))&&((this.canCoordinateSystems == rhs.canCoordinateSystems)||((this.canCoordinateSystems!= null)&&this.canCoordinateSystems.equals(rhs.canCoordinateSystems))))&&((this.softwareRight == rhs.softwareRight)||((this.softwareRight!= null)&&this.softwareRight.equals(rhs.softwareRight))))&&((this.securityCompliance == rhs.securityCompliance)||((this.securityCompliance!= null)&&this.securityCompliance.equals(rhs.securityCompliance))))&&((this.relation == rhs.relation)||((this.relation!= null)&&this.relation.equals(rhs.relation))))&&((this.canProvideTaxData == rhs.canProvideTaxData)||((this.canProvideTaxData!= null)&&this.canProvideTaxData.equals(rhs.canProvideTaxData))))&&((this.scope == rhs.scope)||((this.scope!= null)&&this.scope.equals(rhs.scope))))&&((this.name == rhs.name)||((this.name!= null)&&this.name.equals(rhs.name))))&&((this.hasMajorTaxViolation3y == rhs.hasMajorTaxViolation3y)||((this.hasMajorTaxViolation3y!= null)&&this.hasMajorTaxViolation3y.equals(rhs.hasMajorTaxViolation3y))))&&((this.itCapability == rhs.itCapability)||((this.itCapability!= null)&&this.itCapability.equals(rhs.itCapability))))&&((this.affiliationProofRef == rhs.affiliationProofRef)||((this.affiliationProofRef!= null)&&this.affiliationProofRef.equals(rhs.affiliationProofRef))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.creditRating == rhs.creditRating)||((this.creditRating!= null)&&this.creditRating.equals(rhs.creditRating))));
    }

    public enum CreditRating {

        A("A"),
        B("B"),
        M("M"),
        C("C"),
        D("D");
        private final String value;
        private final static Map<String, AuthorizedUnit.CreditRating> CONSTANTS = new HashMap<String, AuthorizedUnit.CreditRating>();

        static {
            for (AuthorizedUnit.CreditRating c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        CreditRating(String value) {
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
        public static AuthorizedUnit.CreditRating fromValue(String value) {
            AuthorizedUnit.CreditRating constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum Relation {

        AFFILIATE("affiliate"),
        THIRD_PARTY("thirdParty");
        private final String value;
        private final static Map<String, AuthorizedUnit.Relation> CONSTANTS = new HashMap<String, AuthorizedUnit.Relation>();

        static {
            for (AuthorizedUnit.Relation c: values()) {
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
        public static AuthorizedUnit.Relation fromValue(String value) {
            AuthorizedUnit.Relation constant = CONSTANTS.get(value);
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
        private final static Map<String, AuthorizedUnit.Scope> CONSTANTS = new HashMap<String, AuthorizedUnit.Scope>();

        static {
            for (AuthorizedUnit.Scope c: values()) {
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
        public static AuthorizedUnit.Scope fromValue(String value) {
            AuthorizedUnit.Scope constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}


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
    "relationship",
    "creditRating",
    "revenuePrevYearCny",
    "invoicesIssued12m",
    "invoicesReceived12m",
    "competentTaxAuthority",
    "inPilotScope",
    "hasMajorTaxViolation3y",
    "canProvideTaxData",
    "relationshipProofRef",
    "exemptSector"
})
public class UsingUnit {

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
    @JsonProperty("relationship")
    private UsingUnit.Relationship relationship;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    private UsingUnit.CreditRating creditRating;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("revenuePrevYearCny")
    private Double revenuePrevYearCny;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("invoicesIssued12m")
    private Long invoicesIssued12m;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("invoicesReceived12m")
    private Long invoicesReceived12m;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentTaxAuthority")
    private String competentTaxAuthority;
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
    @JsonProperty("relationshipProofRef")
    private String relationshipProofRef;
    @JsonProperty("exemptSector")
    private UsingUnit.ExemptSector exemptSector;
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

    public UsingUnit withUscc(String uscc) {
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

    public UsingUnit withName(String name) {
        this.name = name;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    public UsingUnit.Relationship getRelationship() {
        return relationship;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("relationship")
    public void setRelationship(UsingUnit.Relationship relationship) {
        this.relationship = relationship;
    }

    public UsingUnit withRelationship(UsingUnit.Relationship relationship) {
        this.relationship = relationship;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public UsingUnit.CreditRating getCreditRating() {
        return creditRating;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public void setCreditRating(UsingUnit.CreditRating creditRating) {
        this.creditRating = creditRating;
    }

    public UsingUnit withCreditRating(UsingUnit.CreditRating creditRating) {
        this.creditRating = creditRating;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("revenuePrevYearCny")
    public Double getRevenuePrevYearCny() {
        return revenuePrevYearCny;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("revenuePrevYearCny")
    public void setRevenuePrevYearCny(Double revenuePrevYearCny) {
        this.revenuePrevYearCny = revenuePrevYearCny;
    }

    public UsingUnit withRevenuePrevYearCny(Double revenuePrevYearCny) {
        this.revenuePrevYearCny = revenuePrevYearCny;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("invoicesIssued12m")
    public Long getInvoicesIssued12m() {
        return invoicesIssued12m;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("invoicesIssued12m")
    public void setInvoicesIssued12m(Long invoicesIssued12m) {
        this.invoicesIssued12m = invoicesIssued12m;
    }

    public UsingUnit withInvoicesIssued12m(Long invoicesIssued12m) {
        this.invoicesIssued12m = invoicesIssued12m;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("invoicesReceived12m")
    public Long getInvoicesReceived12m() {
        return invoicesReceived12m;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("invoicesReceived12m")
    public void setInvoicesReceived12m(Long invoicesReceived12m) {
        this.invoicesReceived12m = invoicesReceived12m;
    }

    public UsingUnit withInvoicesReceived12m(Long invoicesReceived12m) {
        this.invoicesReceived12m = invoicesReceived12m;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentTaxAuthority")
    public String getCompetentTaxAuthority() {
        return competentTaxAuthority;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("competentTaxAuthority")
    public void setCompetentTaxAuthority(String competentTaxAuthority) {
        this.competentTaxAuthority = competentTaxAuthority;
    }

    public UsingUnit withCompetentTaxAuthority(String competentTaxAuthority) {
        this.competentTaxAuthority = competentTaxAuthority;
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

    public UsingUnit withInPilotScope(Boolean inPilotScope) {
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

    public UsingUnit withHasMajorTaxViolation3y(Boolean hasMajorTaxViolation3y) {
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

    public UsingUnit withCanProvideTaxData(Boolean canProvideTaxData) {
        this.canProvideTaxData = canProvideTaxData;
        return this;
    }

    @JsonProperty("relationshipProofRef")
    public String getRelationshipProofRef() {
        return relationshipProofRef;
    }

    @JsonProperty("relationshipProofRef")
    public void setRelationshipProofRef(String relationshipProofRef) {
        this.relationshipProofRef = relationshipProofRef;
    }

    public UsingUnit withRelationshipProofRef(String relationshipProofRef) {
        this.relationshipProofRef = relationshipProofRef;
        return this;
    }

    @JsonProperty("exemptSector")
    public UsingUnit.ExemptSector getExemptSector() {
        return exemptSector;
    }

    @JsonProperty("exemptSector")
    public void setExemptSector(UsingUnit.ExemptSector exemptSector) {
        this.exemptSector = exemptSector;
    }

    public UsingUnit withExemptSector(UsingUnit.ExemptSector exemptSector) {
        this.exemptSector = exemptSector;
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

    public UsingUnit withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(UsingUnit.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("uscc");
        sb.append('=');
        sb.append(((this.uscc == null)?"<null>":this.uscc));
        sb.append(',');
        sb.append("name");
        sb.append('=');
        sb.append(((this.name == null)?"<null>":this.name));
        sb.append(',');
        sb.append("relationship");
        sb.append('=');
        sb.append(((this.relationship == null)?"<null>":this.relationship));
        sb.append(',');
        sb.append("creditRating");
        sb.append('=');
        sb.append(((this.creditRating == null)?"<null>":this.creditRating));
        sb.append(',');
        sb.append("revenuePrevYearCny");
        sb.append('=');
        sb.append(((this.revenuePrevYearCny == null)?"<null>":this.revenuePrevYearCny));
        sb.append(',');
        sb.append("invoicesIssued12m");
        sb.append('=');
        sb.append(((this.invoicesIssued12m == null)?"<null>":this.invoicesIssued12m));
        sb.append(',');
        sb.append("invoicesReceived12m");
        sb.append('=');
        sb.append(((this.invoicesReceived12m == null)?"<null>":this.invoicesReceived12m));
        sb.append(',');
        sb.append("competentTaxAuthority");
        sb.append('=');
        sb.append(((this.competentTaxAuthority == null)?"<null>":this.competentTaxAuthority));
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
        sb.append("relationshipProofRef");
        sb.append('=');
        sb.append(((this.relationshipProofRef == null)?"<null>":this.relationshipProofRef));
        sb.append(',');
        sb.append("exemptSector");
        sb.append('=');
        sb.append(((this.exemptSector == null)?"<null>":this.exemptSector));
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
        result = ((result* 31)+((this.relationshipProofRef == null)? 0 :this.relationshipProofRef.hashCode()));
        result = ((result* 31)+((this.uscc == null)? 0 :this.uscc.hashCode()));
        result = ((result* 31)+((this.invoicesReceived12m == null)? 0 :this.invoicesReceived12m.hashCode()));
        result = ((result* 31)+((this.inPilotScope == null)? 0 :this.inPilotScope.hashCode()));
        result = ((result* 31)+((this.invoicesIssued12m == null)? 0 :this.invoicesIssued12m.hashCode()));
        result = ((result* 31)+((this.canProvideTaxData == null)? 0 :this.canProvideTaxData.hashCode()));
        result = ((result* 31)+((this.revenuePrevYearCny == null)? 0 :this.revenuePrevYearCny.hashCode()));
        result = ((result* 31)+((this.competentTaxAuthority == null)? 0 :this.competentTaxAuthority.hashCode()));
        result = ((result* 31)+((this.name == null)? 0 :this.name.hashCode()));
        result = ((result* 31)+((this.exemptSector == null)? 0 :this.exemptSector.hashCode()));
        result = ((result* 31)+((this.hasMajorTaxViolation3y == null)? 0 :this.hasMajorTaxViolation3y.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.relationship == null)? 0 :this.relationship.hashCode()));
        result = ((result* 31)+((this.creditRating == null)? 0 :this.creditRating.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof UsingUnit) == false) {
            return false;
        }
        UsingUnit rhs = ((UsingUnit) other);
        return (((((((((((((((this.relationshipProofRef == rhs.relationshipProofRef)||((this.relationshipProofRef!= null)&&this.relationshipProofRef.equals(rhs.relationshipProofRef)))&&((this.uscc == rhs.uscc)||((this.uscc!= null)&&this.uscc.equals(rhs.uscc))))&&((this.invoicesReceived12m == rhs.invoicesReceived12m)||((this.invoicesReceived12m!= null)&&this.invoicesReceived12m.equals(rhs.invoicesReceived12m))))&&((this.inPilotScope == rhs.inPilotScope)||((this.inPilotScope!= null)&&this.inPilotScope.equals(rhs.inPilotScope))))&&((this.invoicesIssued12m == rhs.invoicesIssued12m)||((this.invoicesIssued12m!= null)&&this.invoicesIssued12m.equals(rhs.invoicesIssued12m))))&&((this.canProvideTaxData == rhs.canProvideTaxData)||((this.canProvideTaxData!= null)&&this.canProvideTaxData.equals(rhs.canProvideTaxData))))&&((this.revenuePrevYearCny == rhs.revenuePrevYearCny)||((this.revenuePrevYearCny!= null)&&this.revenuePrevYearCny.equals(rhs.revenuePrevYearCny))))&&((this.competentTaxAuthority == rhs.competentTaxAuthority)||((this.competentTaxAuthority!= null)&&this.competentTaxAuthority.equals(rhs.competentTaxAuthority))))&&((this.name == rhs.name)||((this.name!= null)&&this.name.equals(rhs.name))))&&((this.exemptSector == rhs.exemptSector)||((this.exemptSector!= null)&&this.exemptSector.equals(rhs.exemptSector))))&&((this.hasMajorTaxViolation3y == rhs.hasMajorTaxViolation3y)||((this.hasMajorTaxViolation3y!= null)&&this.hasMajorTaxViolation3y.equals(rhs.hasMajorTaxViolation3y))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.relationship == rhs.relationship)||((this.relationship!= null)&&this.relationship.equals(rhs.relationship))))&&((this.creditRating == rhs.creditRating)||((this.creditRating!= null)&&this.creditRating.equals(rhs.creditRating))));
    }

    public enum CreditRating {

        A("A"),
        B("B"),
        M("M"),
        C("C"),
        D("D");
        private final String value;
        private final static Map<String, UsingUnit.CreditRating> CONSTANTS = new HashMap<String, UsingUnit.CreditRating>();

        static {
            for (UsingUnit.CreditRating c: values()) {
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
        public static UsingUnit.CreditRating fromValue(String value) {
            UsingUnit.CreditRating constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum ExemptSector {

        RAILWAY("RAILWAY"),
        CIVIL_AVIATION("CIVIL_AVIATION"),
        HIGHWAY("HIGHWAY"),
        OTHER_DESIGNATED("OTHER_DESIGNATED");
        private final String value;
        private final static Map<String, UsingUnit.ExemptSector> CONSTANTS = new HashMap<String, UsingUnit.ExemptSector>();

        static {
            for (UsingUnit.ExemptSector c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        ExemptSector(String value) {
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
        public static UsingUnit.ExemptSector fromValue(String value) {
            UsingUnit.ExemptSector constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum Relationship {

        SELF("SELF"),
        HEAD_BRANCH("HEAD_BRANCH"),
        GROUP_MEMBER("GROUP_MEMBER"),
        EQUITY_CONTROL("EQUITY_CONTROL");
        private final String value;
        private final static Map<String, UsingUnit.Relationship> CONSTANTS = new HashMap<String, UsingUnit.Relationship>();

        static {
            for (UsingUnit.Relationship c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        Relationship(String value) {
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
        public static UsingUnit.Relationship fromValue(String value) {
            UsingUnit.Relationship constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}

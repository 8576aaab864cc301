
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
 * AccessInformationForm
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "dcuUscc",
    "dcuName",
    "authorizedUnit",
    "accessEngineSystemName",
    "contactName",
    "contactPhone",
    "competentTaxAuthority",
    "orgRole",
    "inPilotScope",
    "usingUnitCount",
    "creditRating",
    "ratingYear",
    "combinedInvoiceCount12m",
    "combinedRevenuePrevYearCny",
    "canProvideTaxData",
    "hasMajorTaxViolation3y",
    "revenuePrevYearCny",
    "invoicesIssued12m",
    "invoicesReceived12m",
    "usingUnits",
    "attestations",
    "requestType",
    "requestPeriod",
    "changeOrTerminationReason",
    "details",
    "detailAttachmentRefs",
    "truthfulnessDeclaration",
    "legalRepSignature",
    "handlerSignature",
    "entrustedAgentSignature",
    "dcuSealRef",
    "dcuSignedOn"
})
public class AccessInformationForm {

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("dcuUscc")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
    private String dcuUscc;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dcuName")
    private String dcuName;
    @JsonProperty("authorizedUnit")
    private AuthorizedUnit authorizedUnit;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("accessEngineSystemName")
    private String accessEngineSystemName;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactName")
    private String contactName;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactPhone")
    private String contactPhone;
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
    @JsonProperty("orgRole")
    private AccessInformationForm.OrgRole orgRole;
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
    @JsonProperty("usingUnitCount")
    private Long usingUnitCount;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    private AccessInformationForm.CreditRating creditRating;
    @JsonProperty("ratingYear")
    private Integer ratingYear;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("combinedInvoiceCount12m")
    private Long combinedInvoiceCount12m;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("combinedRevenuePrevYearCny")
    private Double combinedRevenuePrevYearCny;
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
    @JsonProperty("hasMajorTaxViolation3y")
    private Boolean hasMajorTaxViolation3y;
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
    @JsonProperty("usingUnits")
    private List<UsingUnit> usingUnits;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("attestations")
    private Attestations attestations;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("requestType")
    private AccessInformationForm.RequestType requestType;
    @JsonProperty("requestPeriod")
    private RequestPeriod requestPeriod;
    @JsonProperty("changeOrTerminationReason")
    private String changeOrTerminationReason;
    @JsonProperty("details")
    private String details;
    @JsonProperty("detailAttachmentRefs")
    private List<String> detailAttachmentRefs;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("truthfulnessDeclaration")
    private Boolean truthfulnessDeclaration;
    @JsonProperty("legalRepSignature")
    private String legalRepSignature;
    @JsonProperty("handlerSignature")
    private String handlerSignature;
    @JsonProperty("entrustedAgentSignature")
    private String entrustedAgentSignature;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dcuSealRef")
    private String dcuSealRef;
    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("dcuSignedOn")
    @JsonPropertyDescription("a CST calendar day YYYY-MM-DD; a field `\u2026On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)")
    private String dcuSignedOn;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("dcuUscc")
    public String getDcuUscc() {
        return dcuUscc;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("dcuUscc")
    public void setDcuUscc(String dcuUscc) {
        this.dcuUscc = dcuUscc;
    }

    public AccessInformationForm withDcuUscc(String dcuUscc) {
        this.dcuUscc = dcuUscc;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dcuName")
    public String getDcuName() {
        return dcuName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dcuName")
    public void setDcuName(String dcuName) {
        this.dcuName = dcuName;
    }

    public AccessInformationForm withDcuName(String dcuName) {
        this.dcuName = dcuName;
        return this;
    }

    @JsonProperty("authorizedUnit")
    public AuthorizedUnit getAuthorizedUnit() {
        return authorizedUnit;
    }

    @JsonProperty("authorizedUnit")
    public void setAuthorizedUnit(AuthorizedUnit authorizedUnit) {
        this.authorizedUnit = authorizedUnit;
    }

    public AccessInformationForm withAuthorizedUnit(AuthorizedUnit authorizedUnit) {
        this.authorizedUnit = authorizedUnit;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("accessEngineSystemName")
    public String getAccessEngineSystemName() {
        return accessEngineSystemName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("accessEngineSystemName")
    public void setAccessEngineSystemName(String accessEngineSystemName) {
        this.accessEngineSystemName = accessEngineSystemName;
    }

    public AccessInformationForm withAccessEngineSystemName(String accessEngineSystemName) {
        this.accessEngineSystemName = accessEngineSystemName;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactName")
    public String getContactName() {
        return contactName;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactName")
    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public AccessInformationForm withContactName(String contactName) {
        this.contactName = contactName;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactPhone")
    public String getContactPhone() {
        return contactPhone;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("contactPhone")
    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public AccessInformationForm withContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
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

    public AccessInformationForm withCompetentTaxAuthority(String competentTaxAuthority) {
        this.competentTaxAuthority = competentTaxAuthority;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("orgRole")
    public AccessInformationForm.OrgRole getOrgRole() {
        return orgRole;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("orgRole")
    public void setOrgRole(AccessInformationForm.OrgRole orgRole) {
        this.orgRole = orgRole;
    }

    public AccessInformationForm withOrgRole(AccessInformationForm.OrgRole orgRole) {
        this.orgRole = orgRole;
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

    public AccessInformationForm withInPilotScope(Boolean inPilotScope) {
        this.inPilotScope = inPilotScope;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("usingUnitCount")
    public Long getUsingUnitCount() {
        return usingUnitCount;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("usingUnitCount")
    public void setUsingUnitCount(Long usingUnitCount) {
        this.usingUnitCount = usingUnitCount;
    }

    public AccessInformationForm withUsingUnitCount(Long usingUnitCount) {
        this.usingUnitCount = usingUnitCount;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public AccessInformationForm.CreditRating getCreditRating() {
        return creditRating;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("creditRating")
    public void setCreditRating(AccessInformationForm.CreditRating creditRating) {
        this.creditRating = creditRating;
    }

    public AccessInformationForm withCreditRating(AccessInformationForm.CreditRating creditRating) {
        this.creditRating = creditRating;
        return this;
    }

    @JsonProperty("ratingYear")
    public Integer getRatingYear() {
        return ratingYear;
    }

    @JsonProperty("ratingYear")
    public void setRatingYear(Integer ratingYear) {
        this.ratingYear = ratingYear;
    }

    public AccessInformationForm withRatingYear(Integer ratingYear) {
        this.ratingYear = ratingYear;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("combinedInvoiceCount12m")
    public Long getCombinedInvoiceCount12m() {
        return combinedInvoiceCount12m;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("combinedInvoiceCount12m")
    public void setCombinedInvoiceCount12m(Long combinedInvoiceCount12m) {
        this.combinedInvoiceCount12m = combinedInvoiceCount12m;
    }

    public AccessInformationForm withCombinedInvoiceCount12m(Long combinedInvoiceCount12m) {
        this.combinedInvoiceCount12m = combinedInvoiceCount12m;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("combinedRevenuePrevYearCny")
    public Double getCombinedRevenuePrevYearCny() {
        return combinedRevenuePrevYearCny;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("combinedRevenuePrevYearCny")
    public void setCombinedRevenuePrevYearCny(Double combinedRevenuePrevYearCny) {
        this.combinedRevenuePrevYearCny = combinedRevenuePrevYearCny;
    }

    public AccessInformationForm withCombinedRevenuePrevYearCny(Double combinedRevenuePrevYearCny) {
        this.combinedRevenuePrevYearCny = combinedRevenuePrevYearCny;
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

    public AccessInformationForm withCanProvideTaxData(Boolean canProvideTaxData) {
        this.canProvideTaxData = canProvideTaxData;
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

    public AccessInformationForm withHasMajorTaxViolation3y(Boolean hasMajorTaxViolation3y) {
        this.hasMajorTaxViolation3y = hasMajorTaxViolation3y;
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

    public AccessInformationForm withRevenuePrevYearCny(Double revenuePrevYearCny) {
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

    public AccessInformationForm withInvoicesIssued12m(Long invoicesIssued12m) {
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

    public AccessInformationForm withInvoicesReceived12m(Long invoicesReceived12m) {
        this.invoicesReceived12m = invoicesReceived12m;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("usingUnits")
    public List<UsingUnit> getUsingUnits() {
        return usingUnits;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("usingUnits")
    public void setUsingUnits(List<UsingUnit> usingUnits) {
        this.usingUnits = usingUnits;
    }

    public AccessInformationForm withUsingUnits(List<UsingUnit> usingUnits) {
        this.usingUnits = usingUnits;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("attestations")
    public Attestations getAttestations() {
        return attestations;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("attestations")
    public void setAttestations(Attestations attestations) {
        this.attestations = attestations;
    }

    public AccessInformationForm withAttestations(Attestations attestations) {
        this.attestations = attestations;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("requestType")
    public AccessInformationForm.RequestType getRequestType() {
        return requestType;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("requestType")
    public void setRequestType(AccessInformationForm.RequestType requestType) {
        this.requestType = requestType;
    }

    public AccessInformationForm withRequestType(AccessInformationForm.RequestType requestType) {
        this.requestType = requestType;
        return this;
    }

    @JsonProperty("requestPeriod")
    public RequestPeriod getRequestPeriod() {
        return requestPeriod;
    }

    @JsonProperty("requestPeriod")
    public void setRequestPeriod(RequestPeriod requestPeriod) {
        this.requestPeriod = requestPeriod;
    }

    public AccessInformationForm withRequestPeriod(RequestPeriod requestPeriod) {
        this.requestPeriod = requestPeriod;
        return this;
    }

    @JsonProperty("changeOrTerminationReason")
    public String getChangeOrTerminationReason() {
        return changeOrTerminationReason;
    }

    @JsonProperty("changeOrTerminationReason")
    public void setChangeOrTerminationReason(String changeOrTerminationReason) {
        this.changeOrTerminationReason = changeOrTerminationReason;
    }

    public AccessInformationForm withChangeOrTerminationReason(String changeOrTerminationReason) {
        this.changeOrTerminationReason = changeOrTerminationReason;
        return this;
    }

    @JsonProperty("details")
    public String getDetails() {
        return details;
    }

    @JsonProperty("details")
    public void setDetails(String details) {
        this.details = details;
    }

    public AccessInformationForm withDetails(String details) {
        this.details = details;
        return this;
    }

    @JsonProperty("detailAttachmentRefs")
    public List<String> getDetailAttachmentRefs() {
        return detailAttachmentRefs;
    }

    @JsonProperty("detailAttachmentRefs")
    public void setDetailAttachmentRefs(List<String> detailAttachmentRefs) {
        this.detailAttachmentRefs = detailAttachmentRefs;
    }

    public AccessInformationForm withDetailAttachmentRefs(List<String> detailAttachmentRefs) {
        this.detailAttachmentRefs = detailAttachmentRefs;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("truthfulnessDeclaration")
    public Boolean getTruthfulnessDeclaration() {
        return truthfulnessDeclaration;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("truthfulnessDeclaration")
    public void setTruthfulnessDeclaration(Boolean truthfulnessDeclaration) {
        this.truthfulnessDeclaration = truthfulnessDeclaration;
    }

    public AccessInformationForm withTruthfulnessDeclaration(Boolean truthfulnessDeclaration) {
        this.truthfulnessDeclaration = truthfulnessDeclaration;
        return this;
    }

    @JsonProperty("legalRepSignature")
    public String getLegalRepSignature() {
        return legalRepSignature;
    }

    @JsonProperty("legalRepSignature")
    public void setLegalRepSignature(String legalRepSignature) {
        this.legalRepSignature = legalRepSignature;
    }

    public AccessInformationForm withLegalRepSignature(String legalRepSignature) {
        this.legalRepSignature = legalRepSignature;
        return this;
    }

    @JsonProperty("handlerSignature")
    public String getHandlerSignature() {
        return handlerSignature;
    }

    @JsonProperty("handlerSignature")
    public void setHandlerSignature(String handlerSignature) {
        this.handlerSignature = handlerSignature;
    }

    public AccessInformationForm withHandlerSignature(String handlerSignature) {
        this.handlerSignature = handlerSignature;
        return this;
    }

    @JsonProperty("entrustedAgentSignature")
    public String getEntrustedAgentSignature() {
        return entrustedAgentSignature;
    }

    @JsonProperty("entrustedAgentSignature")
    public void setEntrustedAgentSignature(String entrustedAgentSignature) {
        this.entrustedAgentSignature = entrustedAgentSignature;
    }

    public AccessInformationForm withEntrustedAgentSignature(String entrustedAgentSignature) {
        this.entrustedAgentSignature = entrustedAgentSignature;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dcuSealRef")
    public String getDcuSealRef() {
        return dcuSealRef;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("dcuSealRef")
    public void setDcuSealRef(String dcuSealRef) {
        this.dcuSealRef = dcuSealRef;
    }

    public AccessInformationForm withDcuSealRef(String dcuSealRef) {
        this.dcuSealRef = dcuSealRef;
        return this;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("dcuSignedOn")
    public String getDcuSignedOn() {
        return dcuSignedOn;
    }

    /**
     * CalendarDate
     * <p>
     * a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)
     * (Required)
     * 
     */
    @JsonProperty("dcuSignedOn")
    public void setDcuSignedOn(String dcuSignedOn) {
        this.dcuSignedOn = dcuSignedOn;
    }

    public AccessInformationForm withDcuSignedOn(String dcuSignedOn) {
        this.dcuSignedOn = dcuSignedOn;
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

    public AccessInformationForm withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(AccessInformationForm.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("dcuUscc");
        sb.append('=');
        sb.append(((this.dcuUscc == null)?"<null>":this.dcuUscc));
        sb.append(',');
        sb.append("dcuName");
        sb.append('=');
        sb.append(((this.dcuName == null)?"<null>":this.dcuName));
        sb.append(',');
        sb.append("authorizedUnit");
        sb.append('=');
        sb.append(((this.authorizedUnit == null)?"<null>":this.authorizedUnit));
        sb.append(',');
        sb.append("accessEngineSystemName");
        sb.append('=');
        sb.append(((this.accessEngineSystemName == null)?"<null>":this.accessEngineSystemName));
        sb.append(',');
        sb.append("contactName");
        sb.append('=');
        sb.append(((this.contactName == null)?"<null>":this.contactName));
        sb.append(',');
        sb.append("contactPhone");
        sb.append('=');
        sb.append(((this.contactPhone == null)?"<null>":this.contactPhone));
        sb.append(',');
        sb.append("competentTaxAuthority");
        sb.append('=');
        sb.append(((this.competentTaxAuthority == null)?"<null>":this.competentTaxAuthority));
        sb.append(',');
        sb.append("orgRole");
        sb.append('=');
        sb.append(((this.orgRole == null)?"<null>":this.orgRole));
        sb.append(',');
        sb.append("inPilotScope");
        sb.append('=');
        sb.append(((this.inPilotScope == null)?"<null>":this.inPilotScope));
        sb.append(',');
        sb.append("usingUnitCount");
        sb.append('=');
        sb.append(((this.usingUnitCount == null)?"<null>":this.usingUnitCount));
        sb.append(',');
        sb.append("creditRating");
        sb.append('=');
        sb.append(((this.creditRating == null)?"<null>":this.creditRating));
        sb.append(',');
        sb.append("ratingYear");
        sb.append('=');
        sb.append(((this.ratingYear == null)?"<null>":this.ratingYear));
        sb.append(',');
        sb.append("combinedInvoiceCount12m");
        sb.append('=');
        sb.append(((this.combinedInvoiceCount12m == null)?"<null>":this.combinedInvoiceCount12m));
        sb.append(',');
        sb.append("combinedRevenuePrevYearCny");
        sb.append('=');
        sb.append(((this.combinedRevenuePrevYearCny == null)?"<null>":this.combinedRevenuePrevYearCny));
        sb.append(',');
        sb.append("canProvideTaxData");
        sb.append('=');
        sb.append(((this.canProvideTaxData == null)?"<null>":this.canProvideTaxData));
        sb.append(',');
        sb.append("hasMajorTaxViolation3y");
        sb.append('=');
        sb.append(((this.hasMajorTaxViolation3y == null)?"<null>":this.hasMajorTaxViolation3y));
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
        sb.append("usingUnits");
        sb.append('=');
        sb.append(((this.usingUnits == null)?"<null>":this.usingUnits));
        sb.append(',');
        sb.append("attestations");
        sb.append('=');
        sb.append(((this.attestations == null)?"<null>":this.attestations));
        sb.append(',');
        sb.append("requestType");
        sb.append('=');
        sb.append(((this.requestType == null)?"<null>":this.requestType));
        sb.append(',');
        sb.append("requestPeriod");
        sb.append('=');
        sb.append(((this.requestPeriod == null)?"<null>":this.requestPeriod));
        sb.append(',');
        sb.append("changeOrTerminationReason");
        sb.append('=');
        sb.append(((this.changeOrTerminationReason == null)?"<null>":this.changeOrTerminationReason));
        sb.append(',');
        sb.append("details");
        sb.append('=');
        sb.append(((this.details == null)?"<null>":this.details));
        sb.append(',');
        sb.append("detailAttachmentRefs");
        sb.append('=');
        sb.append(((this.detailAttachmentRefs == null)?"<null>":this.detailAttachmentRefs));
        sb.append(',');
        sb.append("truthfulnessDeclaration");
        sb.append('=');
        sb.append(((this.truthfulnessDeclaration == null)?"<null>":this.truthfulnessDeclaration));
        sb.append(',');
        sb.append("legalRepSignature");
        sb.append('=');
        sb.append(((this.legalRepSignature == null)?"<null>":this.legalRepSignature));
        sb.append(',');
        sb.append("handlerSignature");
        sb.append('=');
        sb.append(((this.handlerSignature == null)?"<null>":this.handlerSignature));
        sb.append(',');
        sb.append("entrustedAgentSignature");
        sb.append('=');
        sb.append(((this.entrustedAgentSignature == null)?"<null>":this.entrustedAgentSignature));
        sb.append(',');
        sb.append("dcuSealRef");
        sb.append('=');
        sb.append(((this.dcuSealRef == null)?"<null>":this.dcuSealRef));
        sb.append(',');
        sb.append("dcuSignedOn");
        sb.append('=');
        sb.append(((this.dcuSignedOn == null)?"<null>":this.dcuSignedOn));
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
        result = ((result* 31)+((this.requestPeriod == null)? 0 :this.requestPeriod.hashCode()));
        result = ((result* 31)+((this.authorizedUnit == null)? 0 :this.authorizedUnit.hashCode()));
        result = ((result* 31)+((this.invoicesReceived12m == null)? 0 :this.invoicesReceived12m.hashCode()));
        result = ((result* 31)+((this.truthfulnessDeclaration == null)? 0 :this.truthfulnessDeclaration.hashCode()));
        result = ((result* 31)+((this.dcuUscc == null)? 0 :this.dcuUscc.hashCode()));
        result = ((result* 31)+((this.changeOrTerminationReason == null)? 0 :this.changeOrTerminationReason.hashCode()));
        result = ((result* 31)+((this.canProvideTaxData == null)? 0 :this.canProvideTaxData.hashCode()));
        result = ((result* 31)+((this.invoicesIssued12m == null)? 0 :this.invoicesIssued12m.hashCode()));
        result = ((result* 31)+((this.orgRole == null)? 0 :this.orgRole.hashCode()));
        result = ((result* 31)+((this.ratingYear == null)? 0 :this.ratingYear.hashCode()));
        result = ((result* 31)+((this.details == null)? 0 :this.details.hashCode()));
        result = ((result* 31)+((this.creditRating == null)? 0 :this.creditRating.hashCode()));
        result = ((result* 31)+((this.usingUnitCount == null)? 0 :this.usingUnitCount.hashCode()));
        result = ((result* 31)+((this.dcuSignedOn == null)? 0 :this.dcuSignedOn.hashCode()));
        result = ((result* 31)+((this.requestType == null)? 0 :this.requestType.hashCode()));
        result = ((result* 31)+((this.entrustedAgentSignature == null)? 0 :this.entrustedAgentSignature.hashCode()));
        result = ((result* 31)+((this.contactName == null)? 0 :this.contactName.hashCode()));
        result = ((result* 31)+((this.attestations == null)? 0 :this.attestations.hashCode()));
        result = ((result* 31)+((this.inPilotScope == null)? 0 :this.inPilotScope.hashCode()));
        result = ((result* 31)+((this.usingUnits == null)? 0 :this.usingUnits.hashCode()));
        result = ((result* 31)+((this.revenuePrevYearCny == null)? 0 :this.revenuePrevYearCny.hashCode()));
        result = ((result* 31)+((this.combinedRevenuePrevYearCny == null)? 0 :this.combinedRevenuePrevYearCny.hashCode()));
        result = ((result* 31)+((this.legalRepSignature == null)? 0 :this.legalRepSignature.hashCode()));
        result = ((result* 31)+((this.dcuName == null)? 0 :this.dcuName.hashCode()));
        result = ((result* 31)+((this.competentTaxAuthority == null)? 0 :this.competentTaxAuthority.hashCode()));
        result = ((result* 31)+((this.dcuSealRef == null)? 0 :this.dcuSealRef.hashCode()));
        result = ((result* 31)+((this.hasMajorTaxViolation3y == null)? 0 :this.hasMajorTaxViolation3y.hashCode()));
        result = ((result* 31)+((this.accessEngineSystemName == null)? 0 :this.accessEngineSystemName.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.contactPhone == null)? 0 :this.contactPhone.hashCode()));
        result = ((result* 31)+((this.combinedInvoiceCount12m == null)? 0 :this.combinedInvoiceCount12m.hashCode()));
        result = ((result* 31)+((this.detailAttachmentRefs == null)? 0 :this.detailAttachmentRefs.hashCode()));
        result = ((result* 31)+((this.handlerSignature == null)? 0 :this.handlerSignature.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof AccessInformationForm) == false) {
            return false;
        }
        AccessInformationForm rhs = ((AccessInformationForm) other);
        return ((((((((((((((((((((((((((((((((((this.requestPeriod == rhs.requestPeriod)||((this.requestPeriod!= null)&&this.requestPeriod.equals(rhs.requestPeriod)))&&((this.authorizedUnit == rhs.authorizedUnit)||((this.authorizedUnit!= null)&&this.authorizedUnit.equals(rhs.authorizedUnit))))&&((this.invoicesReceived12m == rhs.invoicesReceived12m)||((this.invoicesReceived12m!= null)&&this.invoicesReceived12m.equals(rhs.invoicesReceived12m))))&&((this.truthfulnessDeclaration == rhs.truthfulnessDeclaration)||((this.truthfulnessDeclaration!= null)&&this.truthfulnessDeclaration.equals(rhs.truthfulnessDeclaration))))&&((this.dcuUscc == rhs.dcuUscc)||((this.dcuUscc!= null)&&this.dcuUscc.equals(rhs.dcuUscc))))&&((this.changeOrTerminationReason == rhs.changeOrTerminationReason)||((this.changeOrTerminationReason!= null)&&this.changeOrTerminationReason.equals(rhs.changeOrTerminationReason))))&&((this.canProvideTaxData == rhs.canProvideTaxData)||((this.canProvideTaxData!= null)&&this.canProvideTaxData.equals(rhs.canProvideTaxData))))&&((this.invoicesIssued12m == rhs.invoicesIssued12m)||((this.invoicesIssued12m!= null)&&this.invoicesIssued12m.equals(rhs.invoicesIssued12m))))&&((this.orgRole == rhs.orgRole)||((this.orgRole!= null)&&this.orgRole.equals(rhs.orgRole))))&&((this.ratingYear == rhs.ratingYear)||((this.ratingYear!= null)&&this.ratingYear.equals(rhs.ratingYear))))&&((this.details == rhs.details)||((this.details!= null)&&this.details.equals(rhs.details))))&&((this.creditRating == rhs.creditRating)||((this.creditRating!= null)&&this.creditRating.equals(rhs.creditRating))))&&((this.usingUnitCount == rhs.usingUnitCount)||((this.usingUnitCount!= null)&&this.usingUnitCount.equals(rhs.usingUnitCount))))&&((this.dcuSignedOn == rhs.dcuSignedOn)||((this.dcuSignedOn!= null)&&this.dcuSignedOn.equals(rhs.dcuSignedOn))))&&((this.requestType == rhs.requestType)||((this.requestType!= null)&&this.requestType.equals(rhs.requestType))))&&((this.entrustedAgentSignature == rhs.entrustedAgentSignature)||((this.entrustedAgentSignature!= null)&&this.entrustedAgentSignature.equals(rhs.entrustedAgentSignature))))&&((this.contactName == rhs.contactName)||((this.contactName!= null)&&this.contactName.equals(rhs.contactName))))&&((this.attestations == rhs.attestations)||((this.attestations!= null)&&this.attestations.equals(rhs.attestations))))&&((this.inPilotScope == rhs.inPilotScope)||((this.inPilotScope!= null)&&this.inPilotScope.equals(rhs.inPilotScope))))&&((this.usingUnits == rhs.usingUnits)||((this.usingUnits!= null)&&this.usingUnits.equals(rhs.usingUnits))))&&((this.revenuePrevYearCny == rhs.revenuePrevYearCny)||((this.revenuePrevYearCny!= null)&&this.revenuePrevYearCny.equals(rhs.revenuePrevYearCny))))&&((this.combinedRevenuePrevYearCny == rhs.combinedRevenuePrevYearCny)||((this.combinedRevenuePrevYearCny!= null)&&this.combinedRevenuePrevYearCny.equals(rhs.combinedRevenuePrevYearCny))))&&((this.legalRepSignature == rhs.legalRepSignature)||((this.legalRepSignature!= null)&&this.legalRepSignature.equals(rhs.legalRepSignature))))&&((this.dcuName == rhs.dcuName)||((this.dcuName!= null)&&this.dcuName.equals(rhs.dcuName))))&&((this.competentTaxAuthority == rhs.competentTaxAuthority)||((this.competentTaxAuthority!= null)&&this.competentTaxAuthority.equals(rhs.competentTaxAuthority))))&&((this.dcuSealRef == rhs.dcuSealRef)||((this.dcuSealRef!= null)&&this.dcuSealRef.equals(rhs.dcuSealRef))))&&((this.hasMajorTaxViolation3y == rhs.hasMajorTaxViolation3y)||((this.hasMajorTaxViolation3y!= null)&&this.hasMajorTaxViolation3y.equals(rhs.hasMajorTaxViolation3y))))&&((this.accessEngineSystemName == rhs.accessEngineSystemName)||((this.accessEngineSystemName!= null)&&this.accessEngineSystemName.equals(rhs.accessEngineSystemName))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.contactPhone == rhs.contactPhone)||((this.contactPhone!= null)&&this.contactPhone.equals(rhs.contactPhone))))&&((this.combinedInvoiceCount12m == rhs.combinedInvoiceCount12m)||((this.combinedInvoiceCount12m!= null)&&this.combinedInvoiceCount12m.equals(rhs.combinedInvoiceCount12m))))&&((this.detailAttachmentRefs == rhs.detailAttachmentRefs)||((this.detailAttachmentRefs!= null)&&this.detailAttachmentRefs.equals(rhs.detailAttachmentRefs))))&&((this.handlerSignature == rhs.handlerSignature)||((this.handlerSignature!= null)&&this.handlerSignature.equals(rhs.handlerSignature))));
    }

    public enum CreditRating {

        A("A"),
        B("B"),
        M("M"),
        C("C"),
        D("D");
        private final String value;
        private final static Map<String, AccessInformationForm.CreditRating> CONSTANTS = new HashMap<String, AccessInformationForm.CreditRating>();

        static {
            for (AccessInformationForm.CreditRating c: values()) {
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
        public static AccessInformationForm.CreditRating fromValue(String value) {
            AccessInformationForm.CreditRating constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum OrgRole {

        HEAD_OFFICE("HEAD_OFFICE"),
        GROUP_HQ("GROUP_HQ"),
        ACTUAL_CONTROLLER("ACTUAL_CONTROLLER"),
        OTHER("OTHER");
        private final String value;
        private final static Map<String, AccessInformationForm.OrgRole> CONSTANTS = new HashMap<String, AccessInformationForm.OrgRole>();

        static {
            for (AccessInformationForm.OrgRole c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        OrgRole(String value) {
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
        public static AccessInformationForm.OrgRole fromValue(String value) {
            AccessInformationForm.OrgRole constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

    public enum RequestType {

        ACCESS("ACCESS"),
        CHANGE("CHANGE"),
        TERMINATION("TERMINATION");
        private final String value;
        private final static Map<String, AccessInformationForm.RequestType> CONSTANTS = new HashMap<String, AccessInformationForm.RequestType>();

        static {
            for (AccessInformationForm.RequestType c: values()) {
                CONSTANTS.put(c.value, c);
            }
        }

        RequestType(String value) {
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
        public static AccessInformationForm.RequestType fromValue(String value) {
            AccessInformationForm.RequestType constant = CONSTANTS.get(value);
            if (constant == null) {
                throw new IllegalArgumentException(value);
            } else {
                return constant;
            }
        }

    }

}

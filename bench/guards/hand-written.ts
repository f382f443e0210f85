// Hand-written guards for two of the ten largest resources, the practical
// limit: what a careful person writes for one type, inline `typeof` tests, the
// enumerations as Sets, and the same formats and `@odata.type` rule as the
// generated guards. Navigation properties (absent from the benchmark's data,
// as from unexpanded responses) are left to the generated guards of their types.
import type { CompiledOutput } from '../../test/support/compile-output.js';

type Guard = (value: unknown) => boolean;
type Loose = Record<string, unknown>;

export async function handWrittenGuards(output: CompiledOutput): Promise<Record<string, Guard>> {
  const formats = (await output.load('_runtime'))['formats'] as { duration: RegExp; dateTimeOffset: RegExp };
  const values = async (module: string) => new Set((await output.load(module))[`${module.charAt(0).toLowerCase()}${module.slice(1)}Values`] as string[]);
  const guard = async (module: string) => (await output.load(module))[`is${module}`] as Guard;
  const remediation = await values('ManagedAppRemediationAction');
  const ingestion = await values('ManagedAppDataIngestionLocation');
  const storage = await values('ManagedAppDataStorageLocation');
  const transfer = await values('ManagedAppDataTransferLevel');
  const clipboard = await values('ManagedAppClipboardSharingLevel');
  const dialer = await values('ManagedAppPhoneNumberRedirectLevel');
  const browser = await values('ManagedBrowserType');
  const threat = await values('ManagedAppDeviceThreatLevel');
  const notification = await values('ManagedAppNotificationRestriction');
  const pinCharacters = await values('ManagedAppPinCharacterSet');
  const appsVerification = await values('AndroidManagedAppSafetyNetAppsVerificationType');
  const attestation = await values('AndroidManagedAppSafetyNetDeviceAttestationType');
  const evaluation = await values('AndroidManagedAppSafetyNetEvaluationType');
  const encryption = await values('ManagedAppDataEncryptionType');
  const managementLevel = await values('AppManagementLevel');
  const isManagedMobileApp = await guard('ManagedMobileApp');
  const isDeploymentSummary = await guard('ManagedAppPolicyDeploymentSummary');
  const isAssignment = await guard('TargetedManagedAppPolicyAssignment');

  const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
  const bool = (v: unknown) => v === undefined || typeof v === 'boolean';
  const str = (v: unknown) => v === undefined || typeof v === 'string';
  const int32 = (v: unknown) => v === undefined || (typeof v === 'number' && (v | 0) === v);
  const duration = (v: unknown) => v === undefined || (typeof v === 'string' && formats.duration.test(v));
  const instant = (v: unknown) => v === undefined || (typeof v === 'string' && formats.dateTimeOffset.test(v));
  const member = (set: Set<string>, v: unknown) => v === undefined || (typeof v === 'string' && set.has(v));
  const members = (set: Set<string>, v: unknown) => v === undefined || (Array.isArray(v) && v.every((item) => typeof item === 'string' && set.has(item)));
  const strings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((item) => typeof item === 'string'));
  const all = (v: unknown, check: Guard) => v === undefined || (Array.isArray(v) && v.every(check));
  const typed = (v: unknown, name: string) => v === undefined || v === name || v === `#${name}`;
  const isKeyValuePair = (v: unknown) => isObject(v) && typed(v['@odata.type'], 'microsoft.graph.keyValuePair') && str(v['name']) && str(v['value']);

  /** What managedAppProtection and its ancestors declare, and both types share. */
  const base = (o: Loose) =>
    str(o['allowedAndroidDeviceManufacturers']) && members(ingestion, o['allowedDataIngestionLocations']) &&
    members(storage, o['allowedDataStorageLocations']) && member(transfer, o['allowedInboundDataTransferSources']) &&
    int32(o['allowedOutboundClipboardSharingExceptionLength']) && member(clipboard, o['allowedOutboundClipboardSharingLevel']) &&
    member(transfer, o['allowedOutboundDataTransferDestinations']) &&
    member(remediation, o['appActionIfAndroidDeviceManufacturerNotAllowed']) &&
    member(remediation, o['appActionIfAndroidSafetyNetAppsVerificationFailed']) &&
    member(remediation, o['appActionIfAndroidSafetyNetDeviceAttestationFailed']) &&
    member(remediation, o['appActionIfDeviceComplianceRequired']) && member(remediation, o['appActionIfMaximumPinRetriesExceeded']) &&
    member(remediation, o['appActionIfUnableToAuthenticateUser']) && all(o['apps'], isManagedMobileApp) &&
    bool(o['blockDataIngestionIntoOrganizationDocuments']) && bool(o['contactSyncBlocked']) && instant(o['createdDateTime']) &&
    str(o['customBrowserDisplayName']) && str(o['customBrowserPackageId']) && bool(o['dataBackupBlocked']) &&
    int32(o['deployedAppCount']) && (o['deploymentSummary'] === undefined || isDeploymentSummary(o['deploymentSummary'])) &&
    str(o['description']) && bool(o['deviceComplianceRequired']) && member(dialer, o['dialerRestrictionLevel']) &&
    bool(o['disableAppEncryptionIfDeviceEncryptionIsEnabled']) && bool(o['disableAppPinIfDevicePinIsSet']) &&
    str(o['displayName']) && bool(o['encryptAppData']) && all(o['exemptedAppPackages'], isKeyValuePair) &&
    bool(o['fingerprintBlocked']) && str(o['id']) && instant(o['lastModifiedDateTime']) && member(browser, o['managedBrowser']) &&
    bool(o['managedBrowserToOpenLinksRequired']) && member(threat, o['maximumAllowedDeviceThreatLevel']) &&
    int32(o['maximumPinRetries']) && str(o['maximumRequiredOsVersion']) && str(o['maximumWarningOsVersion']) &&
    str(o['maximumWipeOsVersion']) && int32(o['minimumPinLength']) && str(o['minimumRequiredAppVersion']) &&
    str(o['minimumRequiredCompanyPortalVersion']) && str(o['minimumRequiredOsVersion']) && str(o['minimumRequiredPatchVersion']) &&
    str(o['minimumWarningAppVersion']) && str(o['minimumWarningCompanyPortalVersion']) && str(o['minimumWarningOsVersion']) &&
    str(o['minimumWarningPatchVersion']) && str(o['minimumWipeAppVersion']) && str(o['minimumWipeCompanyPortalVersion']) &&
    str(o['minimumWipeOsVersion']) && str(o['minimumWipePatchVersion']) && member(remediation, o['mobileThreatDefenseRemediationAction']) &&
    member(notification, o['notificationRestriction']) && bool(o['organizationalCredentialsRequired']) &&
    duration(o['periodBeforePinReset']) && duration(o['periodOfflineBeforeAccessCheck']) &&
    duration(o['periodOfflineBeforeWipeIsEnforced']) && duration(o['periodOnlineBeforeAccessCheck']) &&
    member(pinCharacters, o['pinCharacterSet']) && bool(o['pinRequired']) && duration(o['pinRequiredInsteadOfBiometricTimeout']) &&
    int32(o['previousPinBlockCount']) && bool(o['printBlocked']) &&
    member(appsVerification, o['requiredAndroidSafetyNetAppsVerificationType']) &&
    member(attestation, o['requiredAndroidSafetyNetDeviceAttestationType']) && strings(o['roleScopeTagIds']) &&
    bool(o['saveAsBlocked']) && bool(o['screenCaptureBlocked']) && bool(o['simplePinBlocked']) && str(o['version']);

  const isAndroidManagedAppProtection = (v: unknown) =>
    isObject(v) && typed(v['@odata.type'], 'microsoft.graph.androidManagedAppProtection') && base(v) &&
    all(v['assignments'], isAssignment) && bool(v['isAssigned']) && member(managementLevel, v['targetedAppManagementLevels']);

  const isDefaultManagedAppProtection = (v: unknown) =>
    isObject(v) && typed(v['@odata.type'], 'microsoft.graph.defaultManagedAppProtection') && base(v) &&
    strings(v['allowedAndroidDeviceModels']) && str(v['allowedIosDeviceModels']) &&
    member(remediation, v['appActionIfAndroidDeviceModelNotAllowed']) && member(remediation, v['appActionIfDeviceLockNotSet']) &&
    member(remediation, v['appActionIfIosDeviceModelNotAllowed']) && member(encryption, v['appDataEncryptionType']) &&
    bool(v['biometricAuthenticationBlocked']) && int32(v['blockAfterCompanyPortalUpdateDeferralInDays']) &&
    str(v['customBrowserProtocol']) && str(v['customDialerAppDisplayName']) && str(v['customDialerAppPackageId']) &&
    str(v['customDialerAppProtocol']) && all(v['customSettings'], isKeyValuePair) && bool(v['deviceLockRequired']) &&
    bool(v['disableProtectionOfManagedOutboundOpenInData']) && all(v['exemptedAppProtocols'], isKeyValuePair) &&
    bool(v['faceIdBlocked']) && bool(v['filterOpenInToOnlyManagedApps']) && str(v['minimumRequiredSdkVersion']) &&
    str(v['minimumWipeSdkVersion']) && bool(v['protectInboundDataFromUnknownSources']) &&
    member(evaluation, v['requiredAndroidSafetyNetEvaluationType']) && bool(v['thirdPartyKeyboardsBlocked']) &&
    int32(v['warnAfterCompanyPortalUpdateDeferralInDays']) && int32(v['wipeAfterCompanyPortalUpdateDeferralInDays']);

  return {
    'microsoft.graph.androidManagedAppProtection': isAndroidManagedAppProtection,
    'microsoft.graph.defaultManagedAppProtection': isDefaultManagedAppProtection,
  };
}

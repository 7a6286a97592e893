package dev.servicelevel.agreement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgreementKindTest {

  @Test
  void isSupporting_onlyForOlasAndUnderpinningContracts() {
    assertFalse(AgreementKind.SLA.isSupporting());
    assertTrue(AgreementKind.OLA.isSupporting());
    assertTrue(AgreementKind.UNDERPINNING_CONTRACT.isSupporting());
  }
}

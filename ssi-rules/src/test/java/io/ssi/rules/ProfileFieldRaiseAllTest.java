package io.ssi.rules;

import io.ssi.core.MemberProfile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ProfileFieldRaiseAllTest {

    private static MemberProfile bare() {
        return MemberProfile.builder("m-1").jobTitle("Account Executive").headline("Account Executive")
                .summary("  short  ").connections(40).decisionMakerConnections(5).colleagueConnections(3)
                .skills(2).targetAccounts(Set.of("acme")).build();
    }

    private static MemberProfile oneByOne(MemberProfile p, List<ProfileField> fields, int[] values) {
        MemberProfile changed = p;
        for (int i = 0; i < values.length; i++) {
            changed = fields.get(i).raise(changed, values[i]);
        }
        return changed;
    }

    @Test
    void raisingAllAtOnceIsRaisingThemOneAfterTheOther() {
        Random random = new Random(7);
        ProfileField[] all = ProfileField.values();
        for (int round = 0; round < 400; round++) {
            List<ProfileField> fields = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            int[] values = new int[n];
            for (int i = 0; i < n; i++) {
                fields.add(all[random.nextInt(all.length)]);
                values[i] = random.nextInt(60);
            }
            MemberProfile p = random.nextBoolean() ? bare() : bare().toBuilder().jobTitle("VP").summary("")
                    .hasPhoto(true).build();
            assertThat(ProfileField.raiseAll(p, fields, values)).as("%s to %s", fields, values)
                    .isEqualTo(oneByOne(p, fields, values));
        }
    }

    /**
     * A raise makes the profile the builder makes from the profile with the field set, as
     * {@code raiseAll} sets several fields at once: every
     * field, from profiles with and without optional components, a time zone given or not, near
     * the largest count, to values below, at and above the current one.
     */
    @Test
    void aRaiseIsTheProfileTheBuilderMakes() {
        Random random = new Random(11);
        List<MemberProfile> profiles = List.of(bare(), bare().toBuilder().jobTitle("VP").summary("").hasPhoto(true)
                        .industry("Software").build(),
                MemberProfile.builder("m-2").timeZone(java.time.ZoneId.of("Europe/Berlin")).headlineLength(12)
                        .summaryLength(300).connections(Integer.MAX_VALUE - 3).decisionMakerConnections(10)
                        .followers(7).hasBackgroundPhoto(true).targetAccounts(Set.of("a", "b", "c", "d")).build());
        for (ProfileField f : ProfileField.values()) {
            for (MemberProfile p : profiles) {
                for (int round = 0; round < 40; round++) {
                    int now = f.read(p);
                    int value = round < 3 ? Math.max(0, now - 1 + round) : random.nextInt(1_000);
                    MemberProfile raised = f.raise(p, value);
                    if (now >= value) {
                        assertThat(raised).isSameAs(p);
                        continue;
                    }
                    assertThat(raised).as("%s to %s", f, value).isEqualTo(f.byBuilder(p, value));
                    assertThat(f.read(raised)).isGreaterThanOrEqualTo(f.isFlag() ? 1 : value);
                }
            }
        }
    }

    @Test
    void distinctFieldsMakeOneProfileThatHasEveryValue() {
        List<ProfileField> fields = List.of(ProfileField.PHOTO, ProfileField.HEADLINE_CHARACTERS,
                ProfileField.SUMMARY_CHARACTERS, ProfileField.SKILLS, ProfileField.FEATURED_ITEMS);
        int[] values = {1, 40, 200, 10, 3};
        MemberProfile raised = ProfileField.raiseAll(bare(), fields, values);
        for (int i = 0; i < values.length; i++) {
            assertThat(fields.get(i).read(raised)).as("%s", fields.get(i)).isGreaterThanOrEqualTo(values[i]);
        }
        assertThat(raised).isEqualTo(oneByOne(bare(), fields, values));
        assertThat(raised.targetAccounts()).containsExactly("acme");
    }

    @Test
    void aProfileAlreadyThatHighIsReturnedItself() {
        MemberProfile p = bare();
        assertThat(ProfileField.raiseAll(p, List.of(ProfileField.SKILLS, ProfileField.CONNECTIONS), new int[] {2, 40}))
                .isSameAs(p);
        assertThat(ProfileField.raiseAll(p, List.of(ProfileField.SKILLS, ProfileField.EDUCATION_ENTRIES),
                new int[] {1, 0})).isSameAs(p);
        assertThat(ProfileField.raiseAll(p, List.of(), new int[0])).isSameAs(p);
    }

    @Test
    void aRaiseOfConnectionsAlsoRaisesTheNetwork() {
        MemberProfile raised = ProfileField.raiseAll(bare(), List.of(ProfileField.SKILLS,
                ProfileField.DECISION_MAKER_CONNECTIONS), new int[] {5, 25});
        assertThat(raised.decisionMakerConnections()).isEqualTo(25);
        assertThat(raised.connections()).isEqualTo(60);
        assertThat(raised.skills()).isEqualTo(5);
    }

    @Test
    void valuesMustMatchTheFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileField.raiseAll(bare(),
                List.of(ProfileField.SKILLS), new int[] {1, 2}))
                .withMessage("values must be as many as fields (1), but were 2");
    }

    @Test
    void aMissingArgumentIsNamed() {
        List<ProfileField> skills = List.of(ProfileField.SKILLS);
        int[] one = {1};
        assertThatNullPointerException().isThrownBy(() -> ProfileField.raiseAll(null, skills, one))
                .withMessage("profile");
        assertThatNullPointerException().isThrownBy(() -> ProfileField.raiseAll(bare(), null, one))
                .withMessage("fields");
        assertThatNullPointerException().isThrownBy(() -> ProfileField.raiseAll(bare(), skills, null))
                .withMessage("values");
        assertThatNullPointerException().isThrownBy(() -> ProfileField.raiseAll(bare(),
                        Arrays.asList(ProfileField.SKILLS, null), new int[] {1, 2}))
                .withMessage("fields[1]");
    }
}

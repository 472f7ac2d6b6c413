# part5.py - messages 057-065 (wrap-up, late traps)
from part0 import *
from part1 import tc_subj
from part3 import CON_FOOT, SURVEY_FOOT
from part4 import SUBJ_D


def build():
    # 057
    mail("resolved", False, CASE_C, [],
         "Case C resolved after the owner confirmed in the console; survey footer and reopen offer",
         "Survey footer plus a conditional 'reply within 14 days to reopen'",
         date=dt("2025-06-21 09:00"), frm=addr("Amazon Web Services", CONSOLE), to=ME_P,
         subject="RE:[CASE %s] Discount voucher missing after account merge" % CASE_C,
         auth=auth_g("amazon.com"), key="c_done", irt=["c_ack", "c_reissue"], extra=ses_extra(),
         part=leaf("Glad it shows now. Marking this resolved. If something else comes up, you can "
                   "reopen it from the Support Center within 14 days.\n\nLucia G." + CON_FOOT % CASE_C
                   + SURVEY_FOOT))
    # 058
    mail("resolved", False, CASE_D, [],
         "Case D: Japanese completion (name corrected) with a conditional invitation",
         "〜がございましたら invitation; quoted-printable UTF-8",
         date=dt("2025-06-23 11:10"), frm=addr(TCN, TC), to=ME_P, subject="RE:" + SUBJ_D,
         auth=auth_g("amazon.com"), key="d_done", irt=["d_ack", "d_r2", "d_ackr"], extra=ses_extra(),
         part=leaf("花園 様\n\n認定アカウントの氏名表記を HANAZONO MIZUKI に修正いたしました。新しい認定証は"
                   "認定アカウントからダウンロードいただけます。\n\nご不明な点がございましたら、本メールに"
                   "ご返信ください。\n\n佐々木\nAWS トレーニングと認定\n", cte="quoted-printable"))
    # 059
    mail("certification", False, None, ["AWS09927415"],
         "CertMetrics: updated certificate available after the name change",
         "Follows case D but is program mail, not case mail; candidate ID in body",
         date=dt("2025-06-23 11:40", UTC), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
         to=ME_P, subject="Your AWS Certification record was updated", auth=auth_g("certmetrics.com"),
         style="certmetrics.com",
         part=leaf("Candidate ID: AWS09927415\n\nThe name on your AWS Certification record changed. "
                   "Updated certificates are ready in your account.\n"))
    # 060
    mail("badge", False, None, [],
         "Credly: badge details updated with the new name",
         "Credly mail that is not an issuance; 'no action needed'",
         date=dt("2025-06-23 12:05"), frm=addr("Credly", "admin@credly.com"), to=ME_P,
         subject="Your badge details were updated", auth=auth_g("credly.com"), style="credly.com",
         part=leaf("The issuer Amazon Web Services Training and Certification updated the recipient "
                   "name on 2 of your badges. No action needed.\n"))
    # 061
    mail("survey", False, CASE_D, [],
         "Case D: Japanese satisfaction survey (HTML, ISO-2022-JP)",
         "Japanese 'ご協力をお願いします' wording; a survey, not a request",
         date=dt("2025-06-23 18:00"), frm=addr("AWS Customer Service", "aws-cs-survey@amazon.com"), to=ME_P,
         subject=subj("ケース %s に関するアンケートのお願い" % CASE_D, "iso-2022-jp"),
         auth=auth_g("amazon.com"), extra=ses_extra(),
         part=html("<html><body><p>先日のお問い合わせ (ケース %s) について、1 分ほどのアンケートへの"
                   "ご協力をお願いいたします。</p><p><a href=\"https://survey.aws.example/ja?c=%s\">"
                   "回答する</a></p></body></html>\n" % (CASE_D, CASE_D), cs="iso-2022-jp"))
    # 062
    mail("unrelated", False, CASE_EDU, [],
         "AWS Educate form case (another AWS program) asking the owner to confirm an email",
         "Same form-case shape and a real 'pls confirm' ask, but not Training and Certification",
         date=dt("2025-06-24 10:20"), frm=addr("AWS Educate", "aws-cs-educate-form@amazon.com"), to=ME_P,
         subject="RE:[CASE %s] [AWS Educate Form Submission] - account" % CASE_EDU,
         auth=auth_g("amazon.com"), extra=ses_extra(),
         part=leaf("Hi,\npls confirm the institution email you want on your educator profile.\n"
                   "Jonah\nAWS Educate Support\n"))
    # 063
    mail("suspicious", False, None, [],
         "Credly lookalike domain: badge 'will be revoked', verify now",
         "Credly branding and AWS issuer name; domain credly-badges.net is not Credly",
         date=dt("2025-06-24 22:47"), frm=addr("Credly", "admin@credly-badges.net"), to=ME_P,
         subject="Action needed: your AWS badge will be revoked", auth=auth_g("credly-badges.net", ip="91.215.85.4"),
         style="credly-badges.net",
         part=html("<html><body><p>Your badge from Amazon Web Services Training and Certification failed "
                   "verification after an account change.</p><p><a href=\"http://credly-badges.net/login\">"
                   "Verify within 12 hours</a></p></body></html>\n", cte="base64"))
    # 064
    mail("case_update", False, CASE_A, [],
         "Case A, after completion: FYI that the APN profile sync takes up to a week",
         "Late news on a resolved case; 'nothing needed'",
         date=dt("2025-06-25 09:05"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), irt=["a_ack", "a_done"], extra=ses_extra(),
         part=leaf("FYI the partner-side profile can take up to a week to drop the old certs. Nothing "
                   "needed from you.\n\nTomasz\n"))
    # 065
    mail("user_reply", False, CASE_D, [],
         "Owner's one-word thanks on case D",
         "Owner-written; very short",
         date=dt("2025-06-25 20:30"), frm=addr(ME_NAME, ME_P), to=TC, subject="RE:" + SUBJ_D,
         style="gmail", irt=["d_ack", "d_done"],
         part=leaf("ありがとうございました!\n\n花園\n", cte="base64"))

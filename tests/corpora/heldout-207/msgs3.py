# -*- coding: utf-8 -*-
"""Part 3: 17 Mar - 4 Apr 2025. Case A reopened (third account), new partner case E, traps."""
from helpers import *
import msgs1

A = msgs1.A
E = "18822046130"
CID_CO, CID_ME, CID_SSO = msgs1.CID_CO, msgs1.CID_ME, msgs1.CID_SSO
TCF = addr("AWS Training and Certification", TC)
SUBJ_A = msgs1.SUBJ_A
SUBJ_E = "RE: [CASE %s] [AWS Training and Certification Form Submission] - partner-profile" % E
IDS = {}


def build():
    P = msgs1.IDS
    # colleague out-of-office
    t = ("Thank you for your message. I am out of the office until 24 March with limited access to email.\n"
         "For urgent matters about the data platform, please contact platform-oncall@kairos-datalabs.co.jp.\n\nDaichi Hamasaki\n")
    emit(("unrelated", False, None, [], "colleague's automatic reply"), addr("Daichi Hamasaki", "d.hamasaki@kairos-datalabs.co.jp"), ME_P,
         "Automatic reply: Farewell photos", d(2025, 3, 17, 9, 30), part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "outlook"),
         extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "d.hamasaki@kairos-datalabs.co.jp")], auth=gauth("kairos-datalabs.co.jp"))

    # owner reopens A
    t = ("Hi Tomasz,\n\nThanks again for the merge. One thing is still missing: my 2019 Cloud Practitioner exam is not in the exam history. "
         "I think there may be a third certification account that was created when I signed in once through AWS Partner Central "
         "(m.osugi+apn@kairos-datalabs.co.jp). Could you check?\n\nMirei\n\n"
         "On Tue, Mar 4, 2025 at 3:55 PM AWS Training and Certification <%s> wrote:\n" % TC)
    t += quote("Hi Mirei,\n\nAll set: I have merged Account #2 into Account #1. Your exam history, the AWS Certified Solutions Architect - Associate\ncredential and the 50% discount benefit are now under mosugi.cloud@gmail.com...") + "\n"
    IDS["a_r4"] = emit(("user_reply", False, A, [], "owner writes back on a resolved case with a question of her own"), addr(ME_NAME, ME_P), TCF,
                       "Re: RE:" + SUBJ_A, d(2025, 3, 18, 21, 14), part(t, cte="quoted-printable"), msgid=mid("", "gmail"),
                       irt=P["a_res"], refs=[P["a_ack"], P["a_r3"], P["a_res"]])

    # Educate form case (other program)
    t = ("Hello,\n\nThank you for contacting AWS Educate. Regarding case 174215550700092: to verify your educator status we need the name of your "
         "institution and a link to a faculty page that lists you. Please reply to this email with those details.\n\nRegards,\nAWS Educate Support\n")
    emit(("unrelated", False, "174215550700092", [], "AWS Educate form case with a real request: same shape as T&C, but another program, so no reply flag"),
         addr("AWS Educate", "aws-cs-educate-form@amazon.com"), ME_P, "RE:[CASE 174215550700092] [AWS Educate Form Submission] - educator-verification",
         d(2025, 3, 19, 0, 5, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), auth=amazon_auth())

    # A reopened: case update
    t = ("Hi Mirei,\n\nI've reopened your case and I'm searching our records for any other certification profile tied to your name and the "
         "addresses you mentioned. I'll be in touch once I have something concrete.\n\nTomasz W.\nAWS Training and Certification\n")
    IDS["a_upd3"] = emit(("case_update", False, A, [], "reopen notice: the case is back, nothing asked"), TCF, ME_P, "RE:" + SUBJ_A,
                         d(2025, 3, 19, 4, 0, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), irt=IDS["a_r4"],
                         refs=[P["a_ack"], P["a_res"], IDS["a_r4"]], auth=amazon_auth())

    # suspicious Credly lookalike
    h = ("<html><body><p>Hi Mirei,</p><p>Following a recent account merge, your <b>AWS Certified Solutions Architect - Associate</b> badge "
         "is flagged as a duplicate and will be <b>revoked on March 22</b>.</p><p>Keep your badge by re-verifying your Credly login: "
         "<a href=\"https://credly-badges.net/login?next=keep\">Verify now</a></p><p>The Credly Team</p></body></html>")
    emit(("suspicious", False, None, [], "Credly lookalike domain reacting to the merge"), addr("Credly", "admin@credly-badges.net"), ME_P,
         "Your AWS badge will be revoked", d(2025, 3, 19, 14, 22, UTC), part(h, "html", cte="quoted-printable"), msgid=mid("credly-badges.net", "x"),
         auth=gauth("credly-badges.net", ok=False))

    # A: second confirmation request, long explanation, ask buried at the end, no "please"
    t = ("Hi Mirei,\n\nYou were right. There is a third certification account, created on 11 June 2019 through Partner Central single sign-on:\n\n"
         "  Account #3\n  Login email: m.osugi+apn@kairos-datalabs.co.jp\n  Certification notification email: m.osugi+apn@kairos-datalabs.co.jp\n"
         "  Candidate ID: %s\n  Exam history: AWS Certified Cloud Practitioner (CLF-C01), passed 2019-06-28 (expired)\n\n"
         "It is no longer linked to the partner profile, so nothing blocks a merge. Merging it would add the 2019 exam to your history in "
         "%s; the expired credential would appear as expired.\n\n"
         "Is Account #3 yours, and do you want it merged into Account #1 as well?\n\n"
         "Tomasz W.\nAWS Training and Certification Customer Service\n" % (CID_SSO, CID_ME))
    IDS["a_conf2"] = emit(("confirmation_request", True, A, [CID_SSO, CID_ME], "second merge confirmation on the reopened case; ask is one question after a long listing, no 'please'"),
                          TCF, ME_P, "RE:" + SUBJ_A, d(2025, 3, 20, 2, 33, UTC), part(t, cte="quoted-printable"), msgid=mid("", "ses"),
                          irt=IDS["a_upd3"], refs=[P["a_ack"], IDS["a_r4"], IDS["a_upd3"]], auth=amazon_auth())

    # user reply, top-posted from phone
    t = ("Yes, Account #3 is mine. Please merge it into Account #1 too.\n\nSent from Outlook for iOS\n"
         "________________________________\nFrom: AWS Training and Certification <%s>\nSent: Thursday, March 20, 2025 11:33:12 AM\n"
         "To: mosugi.cloud@gmail.com <mosugi.cloud@gmail.com>\nSubject: RE:%s\n\nHi Mirei,\n\nYou were right. There is a third certification account...\n"
         "Is Account #3 yours, and do you want it merged into Account #1 as well?\n" % (TC, SUBJ_A))
    IDS["a_r5"] = emit(("user_reply", False, A, [], "owner's confirmation, mobile Outlook top-post over the request"), addr(ME_NAME, ME_P), TCF, "Re: RE:" + SUBJ_A,
                       d(2025, 3, 20, 12, 1), part(t, cte="quoted-printable"), msgid=mid("", "outlook"), irt=IDS["a_conf2"],
                       refs=[P["a_ack"], IDS["a_upd3"], IDS["a_conf2"]], crlf=True)

    # A resolved again, quoting the request, "no further action"
    h = ("<html><body style=\"font-family:Arial;font-size:14px\"><p>Hi Mirei,</p><p>Done &ndash; Account #3 (%s) has been merged into Account #1. "
         "The 2019 Cloud Practitioner exam now shows in your exam history. No further action is required on your part, and this case is closed again.</p>"
         "<p>Tomasz W.<br>AWS Training and Certification Customer Service</p>"
         "<div style=\"border-left:2px solid #ccc;padding-left:8px;color:#555\"><p>On Thu, Mar 20, 2025, Mirei Osugi wrote:</p><p>Yes, Account #3 is mine. Please merge it into Account #1 too.</p>"
         "<p>On Thu, Mar 20, 2025, AWS Training and Certification wrote:</p><p>Is Account #3 yours, and do you want it merged into Account #1 as well?</p></div>"
         "</body></html>" % CID_SSO)
    t = ("Hi Mirei,\n\nDone - Account #3 (%s) has been merged into Account #1. The 2019 Cloud Practitioner exam now shows in your exam history. "
         "No further action is required on your part, and this case is closed again.\n\nTomasz W.\nAWS Training and Certification Customer Service\n\n"
         "> Yes, Account #3 is mine. Please merge it into Account #1 too.\n>> Is Account #3 yours, and do you want it merged into Account #1 as well?\n" % CID_SSO)
    IDS["a_res2"] = emit(("resolved", False, A, [CID_SSO], "completion whose quoted history holds the old confirmation question"), TCF, ME_P, "RE:" + SUBJ_A,
                         d(2025, 3, 20, 23, 10, UTC), alt(part(t, cte="quoted-printable"), part(h, "html", cte="quoted-printable")),
                         msgid=mid("", "ses"), irt=IDS["a_r5"], refs=[P["a_ack"], IDS["a_conf2"], IDS["a_r5"]], auth=amazon_auth())

    # owner forwards the result to her new employer's HR
    t = ("Hi Ms. Tan,\n\nAs requested for onboarding, here is AWS's confirmation that my certifications are now on my personal account "
         "(candidate ID %s). I can share the Credly links as well.\n\nBest,\nMirei\n\n---------- Forwarded message ---------\n"
         "From: AWS Training and Certification <%s>\nDate: Fri, Mar 21, 2025 at 8:10 AM\nSubject: RE:%s\nTo: <%s>\n\n"
         "Hi Mirei,\n\nDone - Account #3 (%s) has been merged into Account #1. ...\n" % (CID_ME, TC, SUBJ_A, ME_P, CID_SSO))
    emit(("user_reply", False, A, [CID_ME], "owner's forward to a third party; candidate ID in her text, another one only in the forwarded part"),
         addr(ME_NAME, ME_P), addr("Grace Tan", "grace.tan@lumenforge.io"), "Fwd: RE:" + SUBJ_A, d(2025, 3, 21, 10, 2),
         part(t, cte="quoted-printable"), msgid=mid("", "gmail"))

    # Credly badge for the third account's credential history
    t = ("Hi Mirei,\n\nYour badge history has been updated. Amazon Web Services Training and Certification added AWS Certified Cloud Practitioner "
         "(expired 2022-06-28) to your Credly profile.\n\nView your profile: https://www.credly.com/users/mirei-osugi\n\nCredly\n")
    emit(("badge", False, None, [], "Credly update that follows the second merge"), addr("Credly", "admin@credly.com"), ME_P,
         "Your Credly profile has been updated", d(2025, 3, 21, 3, 44, UTC), part(t, cte="7bit", charset="us-ascii"),
         msgid=mid("credly.com", "x"), auth=gauth("credly.com"))

    # Pearson VUE after exam
    t = ("Dear Mirei Osugi,\n\nThank you for testing with Pearson VUE. Your exam results will be sent by AWS Certification within 5 business days.\n"
         "Registration ID: 418207735\n\nPearson VUE\n")
    emit(("unrelated", False, None, [], "exam vendor mail"), addr("Pearson VUE", "pearsonvue@pearson.com"), ME_P, "Thank you for testing with Pearson VUE",
         d(2025, 3, 29, 4, 30, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("pearson.com", "x"), auth=gauth("pearson.com"))

    # suspicious exam-results lookalike
    h = ("<html><body><p>Dear candidate,</p><p>Your AWS Certified Solutions Architect - Professional score report is ready. Due to a proctoring "
         "review, your result is pending. Download the attached report and sign in to release it:</p>"
         "<p><a href=\"http://pearsonvue-scorereport.com/release\">Release my score</a></p><p>Pearson VUE Results Team</p></body></html>")
    emit(("suspicious", False, None, [], "exam-vendor lookalike phishing right after a real exam"), addr("Pearson VUE", "results@pearsonvue-scorereport.com"), ME_P,
         "Score report pending - action needed", d(2025, 3, 30, 1, 12, UTC), part(h, "html", cte="base64"), msgid=mid("pearsonvue-scorereport.com", "x"),
         auth=gauth("pearsonvue-scorereport.com", ok=False))

    # certification result
    t = ("Congratulations, Mirei!\n\nYou have successfully completed the AWS Certified Solutions Architect - Professional exam and earned the credential.\n\n"
         "Candidate ID: %s\nExam date: 2025-03-29\nScore: 812\n\nYour digital badge will arrive from Credly shortly, and your "
         "certificate is available in your AWS Certification Account. Passing this exam also recertifies your Solutions Architect - Associate credential.\n\n"
         "AWS Certification\n" % CID_ME)
    emit(("certification", False, None, [CID_ME], "exam result, not a case"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Congratulations, you are now AWS Certified!", d(2025, 3, 31, 2, 0, UTC), part(t, cte="7bit", charset="us-ascii"),
         msgid=mid("certmetrics.com", "x"), auth=gauth("certmetrics.com"))

    # recertification
    h = ("<html><body><h2>Congratulations on recertifying your AWS Certification!</h2><p>Your AWS Certified Solutions Architect - Associate credential "
         "is now valid through 2028-03-29.</p><p>A new 50% discount benefit has been added to your account.</p><p>AWS Certification</p></body></html>")
    emit(("certification", False, None, [], "recertification notice, HTML only"), addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Congratulations on recertifying your AWS Certification!", d(2025, 3, 31, 2, 5, UTC), part(h, "html", cte="quoted-printable"),
         msgid=mid("certmetrics.com", "x"), auth=gauth("certmetrics.com"))

    # Credly badge professional
    t = ("Mirei, you've earned a badge!\n\nAmazon Web Services Training and Certification issued you AWS Certified Solutions Architect - Professional.\n"
         "Accept it: https://www.credly.com/badges/9c0e71d2-44af-4f3b-b1f2-7e8a55c02a19/accept\n\nCredly\n")
    emit(("badge", False, None, [], "badge for the new exam"), addr("Credly", "admin@credly.com"), ME_P, "You've earned a badge from Amazon Web Services Training and Certification",
         d(2025, 3, 31, 3, 17, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("credly.com", "x"), auth=gauth("credly.com"))

    # Japanese AWS marketing
    t = ("AWS Innovate - Generative AI + Data Edition のご案内\n\nオンラインで無料参加いただけます。4月17日(木) 開催。\n"
         "認定資格をお持ちの方は、ラウンジでデジタルバッジをご提示ください。\n\n登録: https://aws.amazon.com/jp/events/innovate/\n配信停止: https://pages.awscloud.com/unsubscribe\n")
    emit(("unrelated", False, None, [], "Japanese AWS marketing (ISO-2022-JP)"), addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com", "iso-2022-jp"), ME_P,
         "【無料】AWS Innovate 登録受付中", d(2025, 4, 1, 1, 0, UTC), part(t, charset="iso-2022-jp"), subj_cs="iso-2022-jp", msgid=mid("", "ses"), auth=amazon_auth())

    # Case E: ack (short, different template, "RE: [CASE" spacing)
    t = ("Thank you for contacting AWS Training and Certification.\n\nCase ID: %s\nInquiry: Partner Central still lists my certifications under Kairos Data Labs K.K.\n\n"
         "We aim to respond within 24 hours. Please keep this case number for your records.\n" % E)
    IDS["e_ack"] = emit(("acknowledgement", False, E, [], "short acknowledgement, 'Case ID:' form, subject with 'RE: [CASE'"), TCF, ME_P, SUBJ_E,
                        d(2025, 4, 2, 0, 12, UTC), part(t, cte="7bit", charset="us-ascii"), msgid=mid("", "ses"), auth=amazon_auth())

    # Case E: on hold without question
    t = ("Hello Mirei,\n\nThe entries you see in Partner Central belong to the Kairos Data Labs partner profile, and only that organization's "
         "Partner Central administrator can remove a departed employee. We have sent them a removal request and placed this case on hold "
         "until they act; partners usually respond within 10 business days.\n\n"
         "You don't need to do anything meanwhile. We will update you when the partner has responded.\n\n"
         "Regards,\nLeilani\nAWS Training and Certification\n")
    emit(("on_hold", False, E, [], "partner hold that asks nothing (contrast with the earlier hold that buried a question)"), TCF, ME_P, "RE:" + SUBJ_E[3:],
         d(2025, 4, 3, 5, 30, UTC), part(t, cte="quoted-printable"), msgid=mid("", "ses"), irt=IDS["e_ack"], refs=[IDS["e_ack"]], auth=amazon_auth())

    # GitHub merged (personal repo) - last
    t = ("@mosugi-dev merged commit 3be91f0 into main.\n\n-- \nReply to this email directly or view it on GitHub:\nhttps://github.com/mosugi-dev/dotfiles/pull/9\n")
    emit(("unrelated", False, None, [], "GitHub 'merged' wording"), addr("Mirei Osugi", "notifications@github.com"), addr("mosugi-dev/dotfiles", "dotfiles@noreply.github.com"),
         "Re: [mosugi-dev/dotfiles] merge work and personal git configs (PR #9)", d(2025, 4, 4, 11, 0), part(t, cte="7bit", charset="us-ascii"),
         msgid="<mosugi-dev/dotfiles/pull/9/issue_event/16911200771@github.com>", cc=ME_P, auth=gauth("github.com"))

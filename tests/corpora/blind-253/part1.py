# part1.py - messages 001-013 (late May / early June 2025)
from part0 import *


def sig_tc(name):
    return "\n%s\nAWS Training and Certification\n" % name


def tc_subj(case, re="RE:"):
    return ("%s[CASE %s] %s" % (re, case, SUBJ_TC)).strip()


def build():
    # 001
    mail("certification", False, None, ["AWS03318720"],
         "CertMetrics reminder: SAA certification expires in 90 days (to company address)",
         "Mentions recertifying and has a candidate ID, but no case and nothing to answer",
         date=dt("2025-05-28 09:02", UTC), frm=addr("AWS Certification", "do-not-reply@certmetrics.com"),
         to=ME_C, subject="Your AWS Certification expires in 90 days", auth=auth_k("certmetrics.com"),
         style="certmetrics.com",
         part=leaf("Hello Mizuki Hanazono,\n\nCandidate ID: AWS03318720\n\nYour AWS Certified Solutions "
                   "Architect - Associate credential expires on 2025-08-26. To stay certified, pass the "
                   "current exam or a higher-level exam before that date.\n\nYour certification benefits "
                   "can be found in your AWS Certification account.\n\nAWS Certification\n"))
    # 002
    mail("unrelated", False, None, [],
         "GitHub: pull request merged",
         "The word 'merged' in a subject, unrelated to account merges",
         date=dt("2025-05-29 14:31"), frm=addr("Ryo Katsuragi", "notifications@github.com"),
         to=ME_P, subject="Re: [hanazono-m/tfstate-lint] Skip empty modules (PR #412)",
         auth=auth_g("github.com", mailfrom="noreply@github.com", ip="192.30.252.201"), style="github.com",
         extra=[("List-ID", "hanazono-m/tfstate-lint <tfstate-lint.hanazono-m.github.com>")],
         part=leaf("Merged #412 into main.\n\n--\nReply to this email directly or view it on GitHub:\n"
                   "https://github.com/hanazono-m/tfstate-lint/pull/412#event-17722041\n"
                   "You are receiving this because you authored the thread.\n"))
    # 003
    mail("user_reply", False, None, ["AWS03318720", "AWS09927415"],
         "Owner's note to self (company -> personal) listing both candidate IDs before filing the form",
         "Owner-written note, no case yet; candidate IDs in own text",
         date=dt("2025-05-30 18:44"), frm=addr(ME_NAME, ME_C), to=ME_P, subject="memo: cert acct",
         style="kb",
         part=leaf("before I leave:\nold (work) AWS03318720\nnew (gmail) AWS09927415\n"
                   "50% voucher on old acct, exp 9/30\ndownload certs!!\n"))
    # 004
    mail("unrelated", False, None, [],
         "AWS Builder ID one-time verification code",
         "Real AWS sender and a 6-digit number that is not a case ID",
         date=dt("2025-05-31 10:12"), frm=addr("AWS Builder ID", "no-reply@signin.aws"), to=ME_P,
         subject="Verify your AWS Builder ID email address", auth=auth_g("signin.aws"), key="bid1",
         part=leaf("Verification code: 482913\n\nThis code expires 30 minutes after it was sent. "
                   "If you didn't try to create an AWS Builder ID, ignore this message.\n"))
    # 005
    mail("acknowledgement", False, CASE_A, ["AWS03318720", "AWS09927415"],
         "Case A opened: form acknowledgement echoing the submitted text",
         "Echoes the form (with candidate IDs) as its own body; 'keep everything on this one' is not an ask",
         date=dt("2025-06-02 10:12"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A, ""),
         auth=auth_g("amazon.com"), key="a_ack", extra=ses_extra(),
         part=leaf("Hello,\n\nThanks for reaching out to AWS Training and Certification. Your request is "
                   "now case %s.\n\nWhat you sent us:\n  Inquiry type: Certification\n  Detail: Account "
                   "Merge\n  Description: I'm leaving Kestrelbyte on June 13 and want my certifications on "
                   "my personal account. Old: %s (AWS03318720). Keep: %s (AWS09927415).\n\n"
                   "Someone from our team normally gets back to you within one business day. A second "
                   "case for the same request only slows things down, so keep everything on this one.\n\n"
                   "AWS Training and Certification Customer Service\n" % (CASE_A, ME_C, ME_P)))
    # 006
    mail("acknowledgement", False, CASE_B, [],
         "Case B opened: Japanese acknowledgement of a second (duplicate) form sent from the company address",
         "ISO-2022-JP; second case number for the same request (duplicate)",
         date=dt("2025-06-02 12:40"), frm=addr(TCN, TC), to=ME_C, subject=tc_subj(CASE_B, ""),
         auth=auth_k("amazon.com"), key="b_ack", extra=ses_extra(),
         part=leaf("花園 様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\n"
                   "ケース番号 %s にてご依頼を承りました。\n\n担当者より、原則として翌営業日までに"
                   "ご連絡いたします。内容によってはお時間をいただく場合がございます。\n\n"
                   "同じ内容のお問い合わせを重ねて作成されますと、対応が遅れる原因となります。\n\n"
                   "お問い合わせ内容:\nアカウントの統合希望。会社のアドレス %s から個人のアドレスへ。\n\n"
                   "AWS トレーニングと認定 カスタマーサービス\n" % (CASE_B, ME_C), cs="iso-2022-jp"))
    # 007
    mail("unrelated", False, None, [],
         "Colleague's one-line ask from a phone",
         "Terse one-line request, but from a colleague, not support",
         date=dt("2025-06-02 15:05"), frm=addr("Kenta Oshiro", "k.oshiro@kestrelbyte.co.jp"), to=ME_C,
         subject="Q2 deck", auth=auth_k("kestrelbyte.co.jp"), style="iphone",
         part=leaf("can u send me the Q2 deck before 3?\n\nSent from my iPhone\n"))
    # 008
    mail("case_update", False, CASE_B, [],
         "Case B closed as a duplicate of case A",
         "'Closing this' without a missing reply; names the other case number in the body",
         date=dt("2025-06-02 18:31"), frm=addr(TCN, TC), to=ME_C, subject=tc_subj(CASE_B),
         auth=auth_k("amazon.com"), key="b_dup", irt=["b_ack"], extra=ses_extra(),
         part=leaf("Hi Mizuki,\n\nDup of %s, which a colleague already has. Closing this one; "
                   "updates will come on the other case.\n\nMarco\nAWS T&C\n" % CASE_A))
    # 009
    mail("survey", False, CASE_B, [],
         "Satisfaction survey for the duplicate case B (HTML only)",
         "Rating links look like buttons to press; survey, not a request",
         date=dt("2025-06-02 19:02"), frm=addr("AWS Customer Service", "aws-cs-survey@amazon.com"), to=ME_C,
         subject="How did we do? Case %s" % CASE_B, auth=auth_k("amazon.com"), extra=ses_extra(),
         part=html("<html><body><p>Your recent case <b>%s</b> was closed.</p><p>How satisfied were you "
                   "with our help?</p><table><tr><td><a href=\"https://survey.aws.example/r?s=1\">1</a></td>"
                   "<td><a href=\"https://survey.aws.example/r?s=3\">3</a></td><td><a href=\"https://survey"
                   ".aws.example/r?s=5\">5</a></td></tr></table><p style=\"font-size:11px\">Two minutes, "
                   "anonymous.</p></body></html>\n" % CASE_B, cte="quoted-printable"))
    # 010
    mail("on_hold", True, CASE_A, [],
         "Case A on hold: company account tied to an APN partner; the only question is in a P.S.",
         "Hold explanation first; the ask (last day?) sits after the signature as a P.S.",
         date=dt("2025-06-03 11:15"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_hold", irt=["a_ack"], extra=ses_extra(),
         part=leaf("Hello Mizuki,\n\nThe kestrelbyte.co.jp certification account is linked to an AWS "
                   "Partner Network organization (Kestrelbyte Inc.). Partner-linked accounts can't be "
                   "merged until the partner releases them, so the case is on hold for now.\n\nRegards,\n"
                   "Daniel R.\nAWS Training and Certification\n\nP.S. when is your last day there? "
                   "just the date is fine.\n"))
    # 011
    mail("user_reply", False, CASE_A, [],
         "Owner answers the P.S. with the last day (Gmail quoting)",
         "Owner's own reply; quoted question below must not make it a request",
         date=dt("2025-06-03 17:40"), frm=addr(ME_NAME, ME_P), to=addr(TCN, TC), subject=tc_subj(CASE_A),
         style="gmail", key="a_r1", irt=["a_ack", "a_hold"],
         part=leaf("Hi Daniel,\n\nFriday June 13. The company mailbox closes that evening. Please "
                   "merge into hanazono.mzk@gmail.com.\n\nThanks,\nMizuki\n\nOn Tue, Jun 3, 2025 at "
                   "11:15 AM AWS Training and Certification <%s> wrote:\n> Hello Mizuki,\n>\n> The "
                   "kestrelbyte.co.jp certification account is linked to an AWS\n> Partner Network "
                   "organization (Kestrelbyte Inc.). ...\n>\n> P.S. when is your last day there? just "
                   "the date is fine.\n" % TC))
    # 012
    mail("unrelated", False, None, [],
         "AWS marketing, HTML only, Japanese",
         "Real AWS domain with DMARC pass and a 'register now' call to action",
         date=dt("2025-06-03 20:00"), frm=addr("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
         to=ME_P, subject=subj("AWS Summit Japan 2025 オンライン登録受付中"), auth=auth_g("amazon.com"),
         extra=ses_extra(),
         part=html("<html><body><h2>AWS Summit Japan</h2><p>基調講演と 150 以上のセッションを"
                   "オンラインで。</p><p><a href=\"https://aws.example/summit\">今すぐ登録</a></p>"
                   "<p style=\"color:#888\">配信停止はこちら</p></body></html>\n", cte="base64"))
    # 013
    mail("on_hold", False, CASE_A, [],
         "Case A stays on hold until the partner admin releases the link; nothing for the owner to do",
         "Short hold note after the owner's reply; thanks + hold, no question",
         date=dt("2025-06-04 10:20"), frm=addr(TCN, TC), to=ME_P, subject=tc_subj(CASE_A),
         auth=auth_g("amazon.com"), key="a_hold2", irt=["a_ack", "a_hold", "a_r1"], extra=ses_extra(),
         part=leaf("Thx for the date. Still on hold until Kestrelbyte's partner admin releases the "
                   "link; I've sent them the request. Nothing for you to do.\n\n-Daniel\n"))

"""Part 4: 6-18 June 2025 - case A hold, confirmation, merge."""
from gen_lib import *  # noqa: F401,F403

REF_A = [mid("A-ack"), mid("A-info"), mid("A-user1", style="gmail")]

# 31 Case A on hold (APN partner) with a buried question ---------------------------
t = d(2025, 6, 6, 9, 40, 26)
txtA31 = """Hello Mariana,

Thank you for sending the full candidate ID - I can now see both certification accounts, and I've noted that case 174903187640935 was a duplicate.

Before the merge can go ahead there is one thing to sort out. Your original account (AWS03318562) is linked to the AWS Partner Network profile of Shiosai Systems K.K. Certifications in a partner-linked account count toward that partner's program tiers, so we can't move them out while the link is active; the partner has to release it, or it lapses once your employment ends.

I have contacted the Alliance Lead listed for Shiosai Systems in AWS Partner Central and asked them to release the association. Your case is on hold until they respond. We'll chase them again after 3 business days if we haven't heard anything.

One thing that would help in the meantime: what is your last working day at Shiosai Systems? If the partner doesn't respond, we can use that date to proceed once your employment has ended.

Best regards,
Priya S.
AWS Training and Certification
"""
add(t, lab("on_hold", True, CASE_A, [OLD],
           note="Partner hold; the question about the last working day is buried in the fourth paragraph, phrased without 'please'"),
    aws_in(t, "A-hold") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % CASE_A), ("Message-ID", mid("A-hold")),
        ("In-Reply-To", mid("A-user1", style="gmail")), ("References", " ".join(REF_A))],
    alt(txtA31))

# 32 owner's reply with last day ---------------------------------------------------------
t = d(2025, 6, 6, 12, 31, 9)
me32 = """Hi Priya,

My last working day at Shiosai Systems is Monday, June 30, 2025. The
company mailbox will be shut down that evening, so please keep writing to
this Gmail address.

I have also asked our Alliance Lead (Mr. Sato) to release the link.

Thanks,
Mariana
"""
add(t, lab("user_reply", False, CASE_A, note="Owner answers the hold question"),
    [("From", addr(ME_NAME, ME_P)), ("To", TC_FORM), ("Subject", "Re: " + SUBJ_A % CASE_A),
     ("Message-ID", mid("A-user2", style="gmail")), ("In-Reply-To", mid("A-hold")),
     ("References", " ".join(REF_A + [mid("A-hold")]))],
    alt(me32 + "\nOn Fri, Jun 6, 2025 at 9:40 AM AWS Training and Certification <%s> wrote:\n" % TC_FORM + quote(txtA31)))

# 33 owner's mail to the partner Alliance Lead (Japanese, Bcc to herself) -------------------
t = d(2025, 6, 6, 12, 52, 40)
txt = """佐藤さん

お疲れさまです。小林です。

退職に伴い、AWS認定アカウントを個人のアカウントへ統合する手続きを進めています
(AWSサポートのケース番号: 174902431852716)。

私の認定アカウント(AWS03318562)が Partner Central 上で当社に紐づいているため、
AWSから佐藤さん宛てに紐づけ解除の依頼が届いているかと思います。
お手数ですが、Partner Central 側で解除の操作をお願いできますでしょうか。

よろしくお願いいたします。

小林 マリアナ
株式会社潮騒システムズ クラウド推進部
"""
add(t, lab("user_reply", False, CASE_A, [OLD],
           note="Owner's Japanese mail to her company's partner lead about the hold (Bcc copy); not to support"),
    rcv_gmail(t, "mail-tycjpn01on2071.outbound.protection.outlook.com", "40.107.114.71") +
    auth_gmail("shiosai-sys.co.jp", ME_C, "40.107.114.71", sel="selector1", policy="p=NONE sp=NONE dis=NONE") + [
        ("From", addr("小林 マリアナ", ME_C, "iso-2022-jp")),
        ("To", addr("佐藤 健一", "k-sato@shiosai-sys.co.jp", "iso-2022-jp")),
        ("Subject", hdr("APN連携の解除のお願い(AWS認定アカウント)", "iso-2022-jp")),
        ("Message-ID", mid("sato", style="outlook")),
        ("Thread-Topic", hdr("APN連携の解除のお願い(AWS認定アカウント)", "iso-2022-jp")),
        ("Content-Language", "ja-JP")],
    leaf("text/plain", txt, "iso-2022-jp", "7bit"))

# 34 out-of-office reply from the partner lead -----------------------------------------
t = d(2025, 6, 6, 12, 52, 58)
txt = """小林さん

6/6(金)〜6/10(火)は出張のため不在にしております。
メールは6/11(水)以降に順次確認いたします。
Partner Central に関するお急ぎのご用件は alliance@shiosai-sys.co.jp までご連絡ください。

I am out of the office until June 10 with limited access to email.

佐藤 健一
"""
add(t, lab("unrelated", note="Colleague's automatic out-of-office reply (bilingual); no case number"),
    fwd_in(t, "sato-ooo", "shiosai-sys.co.jp", "k-sato@shiosai-sys.co.jp") + [
        ("From", addr("佐藤 健一", "k-sato@shiosai-sys.co.jp", "iso-2022-jp")), ("To", addr("小林 マリアナ", ME_C, "iso-2022-jp")),
        ("Subject", hdr("自動応答: APN連携の解除のお願い(AWS認定アカウント)")),
        ("Message-ID", mid("sato-ooo", style="outlook")), ("Auto-Submitted", "auto-replied"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "k-sato@shiosai-sys.co.jp"), ("X-Auto-Response-Suppress", "All")],
    multi("alternative", [leaf("text/plain", txt, "utf-8", "base64"),
                          leaf("text/html", html_wrap(text_to_html(txt), "ja"), "utf-8", "base64")]))

# 35 suspicious: genuine sender address, DMARC fail ------------------------------------
t = d(2025, 6, 9, 4, 12, 37)
txt = """Hello,

We are ready to merge your AWS Certification accounts. For your security, the owner of the accounts must verify the request before we proceed.

Account #1
Candidate ID: AWS40021877
Login email: mariana.kby.cloud@gmail.com

Account #2
Login email: (hidden for privacy)

Sign in through the secure verification page within 48 hours to confirm the merge. If we do not receive your verification, the request will be cancelled and your certifications may be lost:
https://aws-training-accountmerge.com/confirm?case=174911872600318&u=mkby

Thank you,
AWS Training and Certification
"""
add(t, lab("suspicious", ids=["AWS40021877"],
           note="Real T&C form address in From and a case-shaped subject, but SPF/DKIM/DMARC fail and a foreign sign-in link"),
    rcv_gmail(t, "mail.kl-hostbox.ru", "95.214.27.140") +
    auth_gmail("amazon.com", "support@kl-hostbox.ru", "95.214.27.140", dkim="none", spf="neutral", dmarc="fail") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % "174911872600318"),
        ("Message-ID", mid("phish-dmarc", "kl-hostbox.ru", "plain"))],
    alt(txt))

# 36 Case A hold lifted; no case number anywhere, threaded only ---------------------------
t = d(2025, 6, 10, 7, 5, 44)
txt = """Hi Mariana,

A quick update: Shiosai Systems' partner administrator has released the link between your old certification account and their Partner Network profile, so the hold on your request is lifted.

I've passed the merge itself to our accounts team. They will send you the account details to check before anything is merged. Nothing is needed from you right now.

Best,
Priya
"""
add(t, lab("case_update", False, CASE_A,
           note="Hold lifted; subject and body carry no case number - only In-Reply-To/References tie it to case A"),
    aws_in(t, "A-lift") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", "Update on your AWS Training and Certification request"),
        ("Message-ID", mid("A-lift")), ("In-Reply-To", mid("A-user2", style="gmail")),
        ("References", " ".join(REF_A + [mid("A-hold"), mid("A-user2", style="gmail")]))],
    leaf("text/plain", txt, "utf-8", "7bit"))

# 37 Dependabot --------------------------------------------------------------------------
t = d(2025, 6, 10, 15, 1, 13)
txt = """Bumps boto3 from 1.38.2 to 1.38.9.

You can trigger Dependabot actions by commenting on this PR:
- @dependabot rebase will rebase this PR
- @dependabot merge will merge this PR after your CI passes on it
- @dependabot close will close this PR

You can view, comment on, or merge this pull request online at:
  https://github.com/mkby/cert-tracker/pull/18
"""
add(t, lab("unrelated", note="GitHub/Dependabot PR offering to 'merge'"),
    rcv_gmail(t, "out-27.smtp.github.com", "192.30.252.210") +
    auth_gmail("github.com", "noreply@github.com", "192.30.252.210", sel="pf2023") + [
        ("From", addr("dependabot[bot]", "notifications@github.com")),
        ("To", "mkby/cert-tracker <cert-tracker@noreply.github.com>"), ("Cc", "Subscribed <subscribed@noreply.github.com>"),
        ("Subject", "[mkby/cert-tracker] Bump boto3 from 1.38.2 to 1.38.9 (PR #18)"),
        ("Message-ID", "<mkby/cert-tracker/pull/18@github.com>"),
        ("List-ID", "mkby/cert-tracker <cert-tracker.mkby.github.com>"), ("X-GitHub-Reason", "subscribed")],
    alt(txt, cte="7bit"))

# 38 Case A confirmation request, HTML only with table ------------------------------------
t = d(2025, 6, 11, 6, 20, 18)
rows = ""
for n, cid, em in (("#1", NEW, ME_P), ("#2", OLD, ME_C)):
    rows += ('<tr><td rowspan="4" style="border:1px solid #aab7b8;padding:6px;font-weight:bold">Account %s</td>'
             '<td style="border:1px solid #aab7b8;padding:6px">Candidate ID</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n'
             '<tr><td style="border:1px solid #aab7b8;padding:6px">Login email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n'
             '<tr><td style="border:1px solid #aab7b8;padding:6px">Training notification email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n'
             '<tr><td style="border:1px solid #aab7b8;padding:6px">Certification notification email</td><td style="border:1px solid #aab7b8;padding:6px">%s</td></tr>\n'
             % (n, cid, em, em, em))
htmlA38 = html_wrap("""<div>Hello Mariana,</div><br>
<div>Thanks for your patience while the partner link was released. I'm Tom&aacute;s and I'll complete the merge for you.</div><br>
<div>These are the two accounts we found:</div><br>
<table style="border-collapse:collapse;font-size:13px">
%s</table><br>
<div>When accounts are merged, everything from the secondary account (certifications, exam history, benefits) moves to the primary one, and the secondary login stops working.</div><br>
<div><b>Kindly reply confirming that both accounts belong to you and that Account #1 should be kept as the primary account.</b></div><br>
<div>Regards,<br>Tom&aacute;s R.<br>AWS Training and Certification</div>""" % rows)
add(t, lab("confirmation_request", True, CASE_A, [NEW, OLD],
           note="HTML-only confirmation request; Account #1/#2 in a table with rowspans"),
    aws_in(t, "A-conf") + [
        ("From", addr("AWS Training and Certification", TC_FORM)), ("To", ME_P),
        ("Subject", SUBJ_A % CASE_A), ("Message-ID", mid("A-conf")),
        ("In-Reply-To", mid("A-lift")),
        ("References", " ".join(REF_A + [mid("A-hold"), mid("A-user2", style="gmail"), mid("A-lift")]))],
    leaf("text/html", htmlA38, "utf-8", "quoted-printable"))

# 39 Slack invite ---------------------------------------------------------------------
t = d(2025, 6, 12, 18, 3, 0)
txt = """Tomoko Murakami has invited you to join the Slack workspace Hakobune Data.

Join now: https://join.slack.com/t/hakobune-data/invite/zt-3a9k

This invitation will expire in 30 days.
"""
add(t, lab("unrelated", note="Slack invitation from the new employer"),
    rcv_gmail(t, "mail-ed1-f98.google.com", "209.85.208.98") +
    auth_gmail("slack.com", "feedback@slack.com", "209.85.208.98", sel="google", policy="p=REJECT sp=REJECT dis=NONE") + [
        ("From", addr("Slack", "feedback@slack.com")), ("To", ME_P),
        ("Subject", "Tomoko Murakami has invited you to work with them in Slack"),
        ("Message-ID", mid("slack", "slack.com", "plain"))],
    alt(txt))

# 40 CertMetrics 'wants to hear from you' --------------------------------------------------
t = d(2025, 6, 13, 1, 30, 0)
txt = """Hello Mariana,

AWS Certification wants to hear from you!

As a recently certified professional, your experience can help shape
future AWS Certification exams. Join the AWS Certification Subject Matter
Expert program and take a short survey about the exam you just passed
(about 10 minutes):

https://www.certmetrics.com/amazon/candidate/survey.aspx?s=SAAC03-0613

Participation is voluntary.

AWS Certification
"""
add(t, lab("certification", note="CertMetrics feedback invitation about the exam, not about a support case (not 'survey')"),
    fwd_in(t, "certsurvey", "certmetrics.com", "bounces@certmetrics.com") + [
        ("From", addr("AWS Certification", "do-not-reply@certmetrics.com")), ("To", ME_C),
        ("Subject", "AWS Certification wants to hear from you"),
        ("Message-ID", mid("certsurvey", "certmetrics.com", "plain"))],
    alt(txt))

# 41 Amazon.co.jp shipping --------------------------------------------------------------
t = d(2025, 6, 14, 9, 12, 41)
txt = """小林 マリアナ 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しました。

注文番号: 250-4418827-3310618
商品: AWS認定 ソリューションアーキテクト-プロフェッショナル 試験対策テキスト 第3版
お届け予定: 6月15日(日)

配送状況は「注文履歴」からご確認いただけます。

Amazon.co.jp
"""
add(t, lab("unrelated", note="Amazon.co.jp (retail) shipment for an AWS certification book"),
    rcv_gmail(t, "a48-180.smtp-out.amazonses.com", "54.240.48.180") +
    auth_gmail("amazon.co.jp", "2025061400121a4e9f6ac2c5-000000@bounces.amazon.co.jp", "54.240.48.180", sel="rjs7d7ybs6", policy="p=QUARANTINE sp=QUARANTINE dis=NONE") + [
        ("From", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ("To", ME_P),
        ("Subject", hdr("Amazon.co.jp ご注文の商品を発送しました")),
        ("Message-ID", mid("amazonjp", "email.amazon.co.jp", "plain"))],
    leaf("text/plain", txt, "utf-8", "base64"))

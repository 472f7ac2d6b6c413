#!/usr/bin/env python3
import os, json, base64, quopri
from email.header import Header
from email.utils import formatdate
D = os.path.dirname(os.path.abspath(__file__))
ME_P = "nanami.ujiie.cloud@gmail.com"; ME_C = "n-ujiie@kitsunebi-sys.co.jp"
TC = "AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>"
CON = "Amazon Web Services <no-reply-aws@amazon.com>"
TCS = "[AWS Training and Certification Form Submission] - account-assistance"
A, B, C, Dd, E, F = "23019847561", "4829105536", "174120034455667", "30288174459", "7719043382", "173990112233445"
N = [0]; MID = {}
def ar(to, dom, ok=True, dk=None):
    rx = "mx.google.com" if to == ME_P else "mx.microsoft.com"
    dk = dk or dom
    if ok: return f"{rx}; dkim=pass header.i=@{dk} header.s=sel1 header.b=Xq2p; spf=pass smtp.mailfrom={dom}; dmarc=pass (p=QUARANTINE) header.from={dom}"
    return f"{rx}; dkim=fail (body hash did not verify) header.i=@{dk}; spf=softfail smtp.mailfrom={dk}; dmarc=fail (p=REJECT) header.from={dom}"
def hs(s, cs="utf-8"):
    try: s.encode("ascii"); return s
    except UnicodeEncodeError: return Header(s, cs).encode()
def part(body, ctype="text/plain", cs="utf-8", cte="8bit"):
    raw = body.encode(cs)
    if cte == "base64": pl = base64.encodebytes(raw)
    elif cte == "quoted-printable": pl = quopri.encodestring(raw)
    else: pl = raw
    return (f"Content-Type: {ctype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n").encode(), pl
def alt(*parts):
    b = "=_alt_%04d" % N[0]
    out = b""
    for h, p in parts: out += f"--{b}\n".encode() + h + b"\n" + p + b"\n"
    out += f"--{b}--\n".encode()
    return (f"MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"{b}\"\n").encode(), out
def msg(slug, frm, to, subj, day, body, kind, nr=False, case=None, cids=(), dom="amazon.com", auth=True, dk=None, reply=None, crlf=False, scs="utf-8", extra=()):
    N[0] += 1; n = N[0]
    mid = f"<{n:03d}.{slug}.{sum(map(ord, slug))*7919 % 99991}@{frm.split('@')[-1].strip('>')}>"
    MID[slug] = mid
    h = f"From: {hs(frm, scs) if '<' not in frm else frm}\nTo: {to}\nSubject: {hs(subj, scs)}\nDate: {day}\nMessage-ID: {mid}\n"
    if dom: h += f"Authentication-Results: {ar(to, dom, auth, dk)}\n"
    if reply:
        h += f"In-Reply-To: {MID[reply]}\nReferences: {MID[reply]}\n"
    for x in extra: h += x + "\n"
    if isinstance(body, str): bh, bp = part(body)
    else: bh, bp = body
    if b"MIME-Version" not in bh: h += "MIME-Version: 1.0\n"
    raw = h.encode() + bh + b"\n" + bp
    if crlf: raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    name = f"{n:03d}-{slug}"
    open(os.path.join(D, name + ".eml"), "wb").write(raw)
    json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": list(cids)}, open(os.path.join(D, name + ".json"), "w"))
def dt(d, t="09:14:00", z="+0000"): return f"{d} {t} {z}"

# 1
msg("k", "AWS <no-reply@signin.aws>", ME_P, "Verify your AWS Builder ID email address", dt("Mon, 03 Mar 2025", "10:02:11"),
    "Hello,\n\nUse this code to finish creating your AWS Builder ID: 482913\n\nThe code expires in 10 minutes. If you didn't try to create an AWS Builder ID, you can ignore this message.\n\nAmazon Web Services\n", "unrelated", dom="signin.aws")
# 2
msg("m", "AWS Training <no-reply@aws.training>", ME_P, "Welcome to AWS Skill Builder - your profile is ready", dt("Mon, 03 Mar 2025", "10:09:40"),
    part("<html><body><p>Hi Nanami,</p><p>Your AWS Skill Builder profile is set up. Explore 600+ free courses.</p><p><a href='https://skillbuilder.aws'>Start learning</a></p><p style='font-size:10px'>Manage your email preferences.</p></body></html>", "text/html"), "unrelated", dom="aws.training")
# 3 ack A
msg("q", TC, ME_P, f"[CASE {A}] {TCS}", dt("Mon, 03 Mar 2025", "10:31:05"),
    part(f"Hello,\n\nThanks for getting in touch with AWS Training and Certification. We have opened case {A} for your inquiry.\n\nThe details of your case are as follows:\n\nCase ID: {A}\nSubject: account-assistance\nInquiry type: Certification / Account Merge\n\nA member of our team usually gets back to you within 24 hours. Please do not raise another case for the same request; it can delay our response.\n\nIf you have anything to add in the meantime, simply reply to this email and it will be attached to your case.\n\nBest regards,\nAWS Training and Certification Customer Service\n", cte="quoted-printable"), "acknowledgement", case=A, crlf=True)
# 4 ack B duplicate JP
msg("w", TC, ME_P, f"[CASE {B}] {TCS}", dt("Mon, 03 Mar 2025", "10:44:52"),
    part(f"お客様\n\nAWS トレーニングと認定にお問い合わせいただきありがとうございます。お問い合わせのケース {B} を作成いたしました。\n\nケースの詳細:\nケース ID: {B}\n件名: account-assistance\n\n担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\n補足情報がございましたら、本メールにご返信ください。\n\nAWS トレーニングと認定 カスタマーサービス\n", cte="base64"), "acknowledgement", case=B)
# 5
msg("r", "Tomoki Sasa <notifications@github.com>", ME_P, "Re: [kitsunebi/infra-modules] Merge account module refactor (PR #412)", dt("Mon, 03 Mar 2025", "12:10:00"),
    "Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kitsunebi/infra-modules/pull/412#event-1193\nYou are receiving this because you were mentioned.\n", "unrelated", dom="github.com")
# 6 case_update B
msg("b", TC, ME_P, f"RE:[CASE {B}] {TCS}", dt("Tue, 04 Mar 2025", "02:15:33"),
    f"Hi Nanami,\n\nIt looks like this request is the same as the one under case {A}, which a colleague already has in hand. I've linked the two so they are worked together, and all further correspondence will come through case {A}.\n\nYou don't need to do anything with this thread.\n\nKind regards,\nMarco\nAWS Training and Certification\n", "case_update", case=B)
# 7 confirmation A html table
html7 = f"""<html><body><div style='font-family:Arial'>
<p>Hello Nanami,</p>
<p>Thank you for your patience. I looked up every certification profile connected to the addresses in your form, and found the two below. Merging is permanent: the profile that is not kept is deactivated, and its exam history, certifications and benefits move to the one that is.</p>
<table border='1' cellpadding='4'>
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>AWS03318472</td><td>AWS11920457</td></tr>
<tr><td>Login email</td><td>{ME_C}</td><td>{ME_P}</td></tr>
<tr><td>Training notification email</td><td>{ME_C}</td><td>{ME_P}</td></tr>
<tr><td>Certification notification email</td><td>{ME_C}</td><td>{ME_P}</td></tr>
</table>
<p>Before I go ahead, I need to hear from you which of these two should be the surviving profile. A one-line answer on this thread is enough.</p>
<p>Regards,<br>Priya S.<br>AWS Training and Certification Customer Service</p>
</div></body></html>"""
msg("t", TC, ME_P, f"RE:[CASE {A}] {TCS}", dt("Tue, 04 Mar 2025", "16:48:20"), part(html7, "text/html", cte="quoted-printable"), "confirmation_request", True, A, ["AWS03318472", "AWS11920457"])
# 8
msg("y", "Amazon Web Services <aws-billing@amazon.com>", ME_P, "Amazon Web Services Invoice Available [Account: 381204957716]", dt("Wed, 05 Mar 2025", "03:00:00"),
    "Greetings from Amazon Web Services,\n\nYour invoice for AWS account 381204957716 for the period February 1 - February 28, 2025 is available in the Billing console.\n\nAmount due: USD 3.27\n\nPlease do not reply to this message; this mailbox is not monitored.\n", "unrelated")
# 9 suspicious lookalike
msg("u", "AWS Certification Support <support@aws-certsupport-team.com>", ME_P, f"Action required: confirm your account merge [CASE {A}]", dt("Wed, 05 Mar 2025", "07:22:41"),
    part("<html><body><p>Dear candidate,</p><p>Your certification account merge is pending. To avoid losing your certifications, confirm your identity within 24 hours by signing in below.</p><p><a href='http://aws-certsupport-team.com/verify'>Confirm merge</a></p><p>AWS Training and Certification</p></body></html>", "text/html"), "suspicious", dom="aws-certsupport-team.com")
# 10 certification feedback
msg("i", "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification wants to hear from you", dt("Wed, 05 Mar 2025", "15:05:09"),
    "Hello Nanami,\n\nWe are inviting a small group of certified individuals to share their views on the AWS Certification program. The survey takes about 10 minutes. Would you help us?\n\nTake the survey: https://survey.certmetrics.com/aws/2025q1\n\nThank you,\nAWS Certification\n", "certification", dom="certmetrics.com")
# 11 closing A, multipart QP, quoted
t11 = f"""Hi again,

Following up on my note from last week: we still need your choice of profile before the merge can happen. Unless we hear back within 72 hours, this case will be closed automatically. Replying to this message, even briefly, keeps it open.

Priya S.
AWS Training and Certification

----- previous message -----
Before I go ahead, I need to hear from you which of these two should be the surviving profile.
Account #1 AWS03318472 / {ME_C}
Account #2 AWS11920457 / {ME_P}
"""
msg("o", TC, ME_P, f"RE:[CASE {A}] {TCS}", dt("Tue, 11 Mar 2025", "17:02:44"),
    alt(part(t11, cte="quoted-printable"), part("<p>" + t11.replace("\n", "<br>") + "</p>", "text/html", cte="quoted-printable")), "closing_notice", True, A)
# 12 user reply A gmail
msg("p", f"Nanami Ujiie <{ME_P}>", "aws-cs-trainingcertification-form@amazon.com", f"Re: RE:[CASE {A}] {TCS}", dt("Wed, 12 Mar 2025", "08:11:02", "+0900"),
    f"Hi Priya,\n\nSorry for the slow answer. Please keep Account #2 (AWS11920457, {ME_P}) and fold Account #1 into it.\n\nThank you,\nNanami\n\nOn Tue, Mar 11, 2025 at 5:02 PM AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com> wrote:\n> Hi again,\n>\n> Following up on my note from last week: we still need your choice of profile before the merge can happen.\n> Account #1 AWS03318472 / {ME_C}\n", "user_reply", False, A, ["AWS11920457"], dom=None, reply="o")
# 13 OOO JP
msg("a", "Takeshi Kuroe <t-kuroe@kitsunebi-sys.co.jp>", ME_C, "自動応答: 引き継ぎ資料について", dt("Wed, 12 Mar 2025", "09:30:00", "+0900"),
    part("黒江は3月14日まで出張のため不在にしております。\n期間中のご連絡には返信が遅れますのでご了承ください。\nお急ぎの場合は情報システム部までご連絡ください。\n", cs="iso-2022-jp", cte="7bit"), "unrelated", dom="kitsunebi-sys.co.jp", scs="iso-2022-jp", extra=["Auto-Submitted: auto-replied"])
# 14 resolved A outlook quoted
msg("e", TC, ME_P, f"RE: [CASE {A}] {TCS}", dt("Wed, 12 Mar 2025", "05:40:18"),
    f"Hello Nanami,\n\nGood news: Account #1 has been folded into Account #2. Your exams, certifications and benefits now all live under {ME_P}, and the old profile is deactivated. No further action is required on your side.\n\nShould anything look off when you sign in, just reply and I'll take another look.\n\nPriya S.\nAWS Training and Certification\n\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: Tuesday, March 4, 2025 4:48 PM\nSubject: RE:[CASE {A}] {TCS}\n\nBefore I go ahead, I need to hear from you which of these two should be the surviving profile. A one-line answer on this thread is enough.\nAccount #1 AWS03318472\nAccount #2 AWS11920457\n", "resolved", False, A, crlf=True, reply="p")
# 15 badge
msg("s", "Credly <admin@credly.com>", ME_P, "Nanami, you've earned a badge from Amazon Web Services Training and Certification", dt("Wed, 12 Mar 2025", "06:02:31"),
    alt(part("Congratulations! Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - Associate badge.\n\nAccept your badge: https://www.credly.com/badges/0c6d2a8e-55f1-4b8e-a4a3-9f0e1d7c3b21\n"), part("<p>Congratulations!</p><p><b>AWS Certified Solutions Architect - Associate</b></p><p><a href='https://www.credly.com/badges/0c6d2a8e-55f1-4b8e-a4a3-9f0e1d7c3b21'>Accept badge</a></p>", "text/html")), "badge", dom="credly.com")
# 16 survey A
msg("d", "AWS Training and Certification <aws-tc-survey@amazon.com>", ME_P, f"How was your experience with case {A}?", dt("Thu, 13 Mar 2025", "05:41:00"),
    part(f"<html><body><p>Hello,</p><p>Your recent AWS Training and Certification case ({A}) has been resolved. Tell us how we did - it takes a minute.</p><table><tr><td><a href='#1'>1</a></td><td><a href='#2'>2</a></td><td><a href='#3'>3</a></td><td><a href='#4'>4</a></td><td><a href='#5'>5</a></td></tr></table></body></html>", "text/html"), "survey", case=A)
# 17 pearson
msg("f", "Pearson VUE <pearsonvueconfirmation@pearson.com>", ME_P, "Confirmation of your AWS Certified Developer - Associate exam", dt("Fri, 14 Mar 2025", "11:20:00"),
    "Dear Nanami Ujiie,\n\nThank you for scheduling with Pearson VUE.\nRegistration ID: 471093382\nExam: AWS Certified Developer - Associate (DVA-C02)\nAppointment: Saturday, 12 April 2025 10:00 JST, online proctored\n\nPlease run the system test before exam day.\n", "unrelated", dom="pearson.com")
# 18 console ack
msg("g", CON, ME_P, f"Amazon Web Services: New Support case: {C}", dt("Mon, 17 Mar 2025", "01:12:07"),
    f"Hello,\n\nWe have received your case {C} [AWS ID 381204957716]. Subject: Certification profile still shows company email\nSeverity: General guidance\n\nYou can view and update the case in the Support Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId={C}%26language=en\n\nThis e-mail address cannot accept incoming e-mails. Please use the link above to reply.\n\nAmazon Web Services\n", "acknowledgement", case=C)
# 19 console info_request with footer
msg("h", CON, ME_P, f"RE:[CASE {C}] Certification profile still shows company email", dt("Mon, 17 Mar 2025", "06:55:40"),
    f"Hello,\n\nThis is Aleksandr from AWS Support. AWS account support and certification profiles are handled by different systems, and I want to be sure I am looking at the correct certification profile before I route this.\n\nWhat is the candidate ID on the profile you sign in to today, and which email address did you originally register it with? You can add that as a correspondence on the case.\n\nBest regards,\nAleksandr P.\nAmazon Web Services\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\nTo see the case or reply, please use this link:\nhttps://console.aws.amazon.com/support/home#/case/?displayId={C}%26language=en\n\n*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n", "info_request", True, C)
# 20 bounce
msg("j", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", ME_P, "Delivery Status Notification (Failure)", dt("Mon, 17 Mar 2025", "08:03:12"),
    f"** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to receive mail.\n\n----- Original message -----\nSubject: Re: RE:[CASE {C}] Certification profile still shows company email\nMy candidate ID is AWS11920457.\n", "unrelated", dom="googlemail.com")
# 21 console closing JP
msg("l", CON, ME_P, f"RE:[CASE {C}] Certification profile still shows company email", dt("Thu, 20 Mar 2025", "07:00:00"),
    part(f"お客様\n\nAWS サポートです。先日お送りした候補 ID に関するご質問について、まだご回答を確認できておりません。\n\nこのままご返信がない場合、本ケースは数日後に自動的に解決済みとなります。引き続き対応をご希望の場合は、以下のリンクからサポートセンターにてケースへご返信いただけますでしょうか。\n\nhttps://console.aws.amazon.com/support/home#/case/?displayId={C}%26language=ja\n\n※本メールの送信元アドレスは受信できません。\n", cte="base64"), "closing_notice", True, C)
# 22 console update
msg("c", CON, ME_P, f"RE:[CASE {C}] Certification profile still shows company email", dt("Fri, 21 Mar 2025", "04:31:29"),
    f"Hello,\n\nThank you for adding candidate ID AWS11920457 in the Support Center. I have handed this to the Training and Certification team, who own certification profiles; they typically respond within 2-3 business days and will follow up here.\n\nRegards,\nAleksandr P.\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\nhttps://console.aws.amazon.com/support/home#/case/?displayId={C}%26language=en\n", "case_update", False, C, ["AWS11920457"])
# 23 console resolved
msg("n", CON, ME_P, f"RE:[CASE {C}] Certification profile still shows company email", dt("Tue, 25 Mar 2025", "10:17:51"),
    f"Hello,\n\nThe Training and Certification team confirms the notification email on your profile AWS11920457 now reads {ME_P}. I have marked this case as resolved. Resolved cases can be reopened from the Support Center for 14 days.\n\nRegards,\nAleksandr P.\n\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link.\n", "resolved", False, C, ["AWS11920457"])
# 24 survey console
msg("v", "Amazon Web Services <no-reply-aws@amazon.com>", ME_P, f"Tell us about your recent AWS Support experience (case {C})", dt("Wed, 26 Mar 2025", "10:20:00"),
    "Hello,\n\nYour AWS Support case was recently resolved. Would you take 2 minutes to rate your experience? Your answers help us improve.\n\nStart survey: https://aws.amazon.com/support/survey?c=x\n", "survey", case=C)
# 25 ack D JP iso-2022-jp
msg("x", TC, ME_C, f"[CASE {Dd}] {TCS}", dt("Mon, 17 Mar 2025", "02:05:00"),
    part(f"お客様\n\nAWS トレーニングと認定へのお問い合わせありがとうございます。\nケース番号 {Dd} にてお問い合わせを承りました。\n\n担当者より通常24時間以内にご連絡差し上げます。同じ内容で別のケースを作成されますと対応が遅れる場合がございますので、ご注意ください。\n\n追加でお伝えいただきたい情報がございましたら、このメールにご返信いただければケースに記録されます。\n\nAWS トレーニングと認定 カスタマーサービス\n", cs="iso-2022-jp", cte="7bit"), "acknowledgement", case=Dd, scs="iso-2022-jp")
# 26 marketing JP
msg("z", "AWS Japan <aws-marketing-email-replies@amazon.com>", ME_C, "【ご招待】AWS Summit Japan 2025 事前登録受付中", dt("Tue, 18 Mar 2025", "01:00:00"),
    part("<html><body><p>AWS Summit Japan 2025 の事前登録を開始しました。</p><p>今すぐご登録ください。</p><p><a href='#'>登録する</a></p><p>配信停止をご希望の場合はこちら</p></body></html>", "text/html", cte="base64"), "unrelated")
# 27 on_hold D asking
msg("bb", TC, ME_C, f"RE:[CASE {Dd}] {TCS}", dt("Tue, 18 Mar 2025", "09:45:12"),
    f"Dear Nanami,\n\nThank you for your patience while I reviewed your request.\n\nThe certification profile registered to {ME_C} (candidate ID AWS03318472) is associated with an AWS Partner Network organization, Kitsunebi Systems. Certifications held on a partner-linked profile count towards that partner's program tiers, so we can't move them to another profile while the link is active, and any change has to be coordinated with the partner's administrator. For now I've placed the case on hold.\n\nTo release the hold on our side, we need confirmation that you are leaving Kitsunebi Systems, along with the date of your last working day there.\n\nWarm regards,\nHelena\nAWS Training and Certification | Partner Support\n", "on_hold", True, Dd, ["AWS03318472"])
# 28 user reply D from company
msg("cc", f"Ujiie Nanami <{ME_C}>", "aws-cs-trainingcertification-form@amazon.com", f"RE: [CASE {Dd}] {TCS}", dt("Tue, 18 Mar 2025", "19:02:00", "+0900"),
    f"Hello Helena,\n\nYes, I am leaving Kitsunebi Systems. My last working day is March 28, and this mailbox will be closed after that day. Please merge to my personal account ({ME_P}).\n\nBest regards,\nNanami Ujiie\n\n________________________________\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\nSent: Tuesday, March 18, 2025 18:45\nTo: {ME_C}\nSubject: RE:[CASE {Dd}] {TCS}\n\nTo release the hold on our side, we need confirmation that you are leaving Kitsunebi Systems, along with the date of your last working day there.\n", "user_reply", False, Dd, dom=None, reply="bb", crlf=True)
# 29 on_hold no ask JP keigo
msg("dd", TC, ME_C, f"RE:[CASE {Dd}] {TCS}", dt("Wed, 19 Mar 2025", "03:20:00"),
    part(f"宇治家様\n\nご回答いただきありがとうございます。\n\nいただいた内容をもとに、APN パートナー側の管理者へ紐付け解除の確認を依頼いたしました。パートナー側からの回答があるまで、本ケースは保留とさせていただきます。\n\n現時点でお客様に追加でご対応いただくことはございません。進展がございましたら改めてご連絡いたします。\n\n引き続きよろしくお願いいたします。\nAWS トレーニングと認定 パートナーサポート\nHelena\n", cte="quoted-printable"), "on_hold", False, Dd)
# 30 jira
msg("ee", "Jira <jira@kitsunebi.atlassian.net>", ME_C, "[JIRA] (INFRA-2291) Hand over AWS account ownership before 3/28", dt("Wed, 19 Mar 2025", "05:00:00"),
    "Takeshi Kuroe assigned INFRA-2291 to you.\n\nPlease confirm the handover checklist by Friday.\n\nView issue: https://kitsunebi.atlassian.net/browse/INFRA-2291\n", "unrelated", dom="kitsunebi.atlassian.net")
# 31 resolved D Shift_JIS with quoted request
msg("ff", TC, ME_C, f"RE:[CASE {Dd}] {TCS}", dt("Thu, 20 Mar 2025", "06:12:44"),
    part(f"宇治家様\n\nお待たせいたしました。パートナー管理者の承認が得られましたので、旧アカウントを {ME_P} のアカウントへ統合いたしました。\n試験履歴・認定・特典はすべて統合先でご確認いただけます。本件についてお客様のご対応は不要です。\n\nAWS トレーニングと認定 パートナーサポート\n\n2025年3月18日 18:45 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n> 退職されることのご確認と、最終出社日をお知らせいただけますでしょうか。\n> ご回答のほどよろしくお願いいたします。\n", cs="shift_jis", cte="base64"), "resolved", False, Dd)
# 32 badge claim
msg("gg", "Credly <admin@credly.com>", ME_P, "Action needed: claim your AWS Certified Cloud Practitioner badge", dt("Thu, 20 Mar 2025", "06:30:00"),
    "Hi Nanami,\n\nAmazon Web Services Training and Certification issued you a badge: AWS Certified Cloud Practitioner.\nClaim it within 30 days to display it on your profile: https://www.credly.com/earner/earned/badge/4b1f-aa09\n\nThe Credly Team\n", "badge", dom="credly.com")
# 33 recert
msg("hh", "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Congratulations on recertifying your AWS Certification!", dt("Fri, 21 Mar 2025", "00:40:00"),
    "Hello Nanami Ujiie,\n\nCongratulations! You have successfully recertified AWS Certified Solutions Architect - Associate.\nCandidate ID: AWS11920457\nValidation number: 8QW2LKJ1D2E4\n\nYour digital badge will be available on Credly shortly.\n", "certification", dom="certmetrics.com")
# 34 ack E html multipart
msg("ii", TC, ME_C, f"[CASE {E}] {TCS}", dt("Mon, 24 Mar 2025", "03:33:00"),
    alt(part(f"We have opened case {E}. The details of your case are as follows: account-assistance. Expect an answer within one business day. No need to submit the form again.\n"), part(f"<html><body><p>Thank you for contacting Amazon Web Services.</p><table><tr><td>Case ID</td><td>{E}</td></tr><tr><td>Category</td><td>Account merge</td></tr></table><p>Expect an answer within one business day. There is no need to submit the form again.</p></body></html>", "text/html", cte="quoted-printable")), "acknowledgement", case=E)
# 35 info_request wrong address
msg("jj", TC, ME_C, f"RE:[CASE {E}] {TCS}", dt("Mon, 24 Mar 2025", "11:04:10"),
    f"Hello,\n\nI'm Daniel from AWS Training and Certification. The form for this case came from {ME_C}, but the profile you want us to keep is registered to {ME_P}. For the security of your certification records we only make changes at the request of the address on the destination profile.\n\nWe need you to write to us from {ME_P}, quoting case {E} in the subject.\n\nDaniel\n", "info_request", True, E)
# 36 user reply by In-Reply-To only
msg("kk", f"Nanami Ujiie <{ME_P}>", "aws-cs-trainingcertification-form@amazon.com", "Re: my certification accounts", dt("Mon, 24 Mar 2025", "21:15:00", "+0900"),
    "Hi Daniel,\n\nI'm writing from my personal address as requested. I'd like my company profile merged into this one.\n\nThanks,\nNanami\n", "user_reply", False, E, dom=None, reply="jj")
# 37 forwarded copy (user) of info request
msg("ll", f"Ujiie Nanami <{ME_C}>", ME_P, f"Fwd: RE:[CASE {E}] {TCS}", dt("Mon, 24 Mar 2025", "21:20:00", "+0900"),
    f"自分用メモ。個人アドレスから返信済み。\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\nDate: Mon, Mar 24, 2025 at 8:04 PM\nSubject: RE:[CASE {E}] {TCS}\n\nWe need you to write to us from {ME_P}, quoting case {E} in the subject.\n", "user_reply", False, E, dom="kitsunebi-sys.co.jp")
# 38 confirmation E terse
msg("mm", TC, ME_P, f"RE:[CASE {E}] {TCS}", dt("Tue, 25 Mar 2025", "01:50:00"),
    f"Hi Nanami,\n\nThanks. Here is what I see:\n\nAccount #1\nLogin email: {ME_C}\nTraining notification email: {ME_C}\nCertification notification email: {ME_C}\n\nAccount #2\nLogin email: {ME_P}\nTraining notification email: {ME_P}\nCertification notification email: {ME_P}\n\nAccount #1 into Account #2 - is that right?\n\nDaniel\n", "confirmation_request", True, E, reply="kk")
# 39 user top-posted over history
msg("nn", f"Nanami Ujiie <{ME_P}>", "aws-cs-trainingcertification-form@amazon.com", f"Re: RE:[CASE {E}] {TCS}", dt("Tue, 25 Mar 2025", "12:01:00", "+0900"),
    f"Confirmed - #1 into #2, please.\n\nOn Tue, Mar 25, 2025 at 10:50 AM AWS Training and Certification wrote:\n> Hi Nanami,\n> Account #1\n> Login email: {ME_C}\n> Account #2\n> Login email: {ME_P}\n> Account #1 into Account #2 - is that right?\n>\n> On Mon, Mar 24, 2025 Daniel wrote:\n>> We need you to write to us from {ME_P}, quoting case {E} in the subject.\n", "user_reply", False, E, dom=None, reply="mm")
# 40 resolved E
msg("oo", TC, ME_P, f"RE:[CASE {E}] {TCS}", dt("Tue, 25 Mar 2025", "04:30:00"),
    f"Hi Nanami,\n\nAll done - I have successfully merged both profiles into Account #2. You can sign in with {ME_P} and see everything there.\n\nThanks for contacting AWS Training and Certification.\nDaniel\n\nHow did we do? Rate this reply: https://amazon.qualtrics.com/x\n", "resolved", False, E, reply="nn")
# 41 suspicious dmarc fail genuine-looking
msg("pp", TC, ME_P, f"RE:[CASE {E}] {TCS}", dt("Tue, 25 Mar 2025", "08:44:00"),
    f"Hello,\n\nTo complete the merge we need you to re-verify your Builder ID. Reply to this email with your password and the 6-digit code sent to your phone.\n\nAWS Training and Certification\n", "suspicious", False, None, auth=False, dk="mailer-svc.ru")
# 42 user reopen (badges missing)
msg("qq", f"Nanami Ujiie <{ME_P}>", "aws-cs-trainingcertification-form@amazon.com", f"RE: RE:[CASE {E}] {TCS}", dt("Sat, 29 Mar 2025", "10:00:00", "+0900"),
    "Hello Daniel,\n\nSince the merge my two older Credly badges (Cloud Practitioner, SysOps) show as expired, although they were valid on the old profile. Could you check?\n\nNanami\n", "user_reply", False, E, dom=None, reply="oo")
# 43 case update reopened
msg("rr", TC, ME_P, f"RE:[CASE {E}] {TCS}", dt("Mon, 31 Mar 2025", "02:10:00"),
    f"Hello Nanami,\n\nI have reopened case {E} and passed the badge question to the team that manages the Credly integration. Badge records sometimes need a manual re-sync after a merge; I'll write again once they have looked at it.\n\nKind regards,\nSofia\nAWS Training and Certification\n", "case_update", False, E)
# 44 info request E mixed, JP keigo
msg("ss", TC, ME_P, f"RE:[CASE {E}] {TCS}", dt("Tue, 01 Apr 2025", "05:22:00"),
    part(f"宇治家様\n\nバッジの件、Credly 連携チームにて調査を進めております。統合前のプロフィールに古い候補 ID が複数残っている可能性があるとのことでした。\n\nつきましては、お手元の認定証や過去のメールに記載されている候補 ID(AWS から始まる番号)をすべてお知らせいただけますでしょうか。\nご協力のほどよろしくお願いいたします。\n\nSofia\nAWS トレーニングと認定\n", cte="quoted-printable"), "info_request", True, E)
# 45 user reply JP with IDs
msg("tt", f"宇治家 七海 <{ME_P}>", "aws-cs-trainingcertification-form@amazon.com", f"Re: RE:[CASE {E}] {TCS}", dt("Tue, 01 Apr 2025", "20:40:00", "+0900"),
    part(f"Sofia 様\n\nお世話になっております。手元の認定証で確認できた候補 ID は AWS03318472 と AWS00712265 の二つです。\n\nよろしくお願いいたします。\n宇治家\n\n2025年4月1日(火) 14:22 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n> 候補 ID(AWS から始まる番号)をすべてお知らせいただけますでしょうか。\n"), "user_reply", False, E, ["AWS03318472", "AWS00712265"], dom=None, reply="ss")
# 46 resolved E badges
msg("uu", TC, ME_P, f"RE:[CASE {E}] {TCS}", dt("Thu, 03 Apr 2025", "07:07:07"),
    part(f"<html><body><p>Hi Nanami,</p><p>The third profile (AWS00712265) has now been merged as well and your badges were re-synced to Credly. Both should show as active within a few hours. No further action is required.</p><p>Sofia</p><hr><p style='font-size:11px'>Was this response helpful? <a href='#y'>Yes</a> | <a href='#n'>No</a></p><blockquote>Could you send every candidate ID you can find?</blockquote></body></html>", "text/html", cte="base64"), "resolved", False, E, ["AWS00712265"])
# 47 badge
msg("vv", "Credly <admin@credly.com>", ME_P, "Your AWS Certified SysOps Administrator - Associate badge has been updated", dt("Thu, 03 Apr 2025", "09:00:00"),
    "Hello Nanami,\n\nThe issuer Amazon Web Services Training and Certification has updated your badge. View it on your Credly profile.\n", "badge", dom="credly.com")
# 48 survey E JP
msg("ww", "AWS トレーニングと認定 <aws-tc-survey@amazon.com>", ME_P, f"アンケートのお願い(ケース {E})", dt("Fri, 04 Apr 2025", "01:00:00"),
    part(f"先日はお問い合わせいただきありがとうございました。\nケース {E} の対応品質向上のため、簡単なアンケートにご協力いただけますと幸いです。\n\n回答する: https://amazon.qualtrics.com/jp\n"), "survey", case=E)
# 49 ack F JP QP
msg("xx", TC, ME_P, f"[CASE {F}] {TCS}", dt("Mon, 07 Apr 2025", "00:15:00"),
    part(f"お問い合わせいただきありがとうございます。\n\nケース ID: {F}\n\n内容を確認のうえ、担当者よりご連絡いたします。ご不明点がございましたら本メールへご返信ください。\n", cte="quoted-printable"), "acknowledgement", case=F)
# 50 info request F plain ください
msg("yy", TC, ME_P, f"RE:[CASE {F}] {TCS}", dt("Mon, 07 Apr 2025", "06:40:00"),
    part("宇治家様\n\nAWS トレーニングと認定の高橋です。\n\nフォームに記載のメールアドレスでは統合元のアカウントが見つかりませんでした。統合元アカウントにログインする際に使っていたメールアドレスを、このメールへの返信で教えてください。\n\n高橋\n", cs="iso-2022-jp", cte="7bit"), "info_request", True, F, scs="iso-2022-jp")
# 51 closing F JP keigo
msg("zz", TC, ME_P, f"RE:[CASE {F}] {TCS}", dt("Fri, 11 Apr 2025", "06:40:00"),
    part("宇治家様\n\n先日のご連絡について、まだご返信をいただけていないようです。\n5営業日以内にご返信がない場合、本ケースはクローズさせていただきます。ご返信をいただければ引き続き対応いたしますので、ご確認のほどよろしくお願いいたします。\n\n高橋\nAWS トレーニングと認定\n", cs="shift_jis", cte="8bit"), "closing_notice", True, F, crlf=True)
# 52 closed F (just closed) EN
msg("ab", TC, ME_P, f"RE:[CASE {F}] {TCS}", dt("Mon, 21 Apr 2025", "06:41:00"),
    f"Hello,\n\nAs we haven't had an answer to our last message, case {F} has now been closed. If you still want the accounts merged, respond to this email and the case will be reopened automatically.\n\nAWS Training and Certification\n", "closing_notice", True, F)
# 53 user reply F JP header
msg("ac", f"宇治家 七海 <{ME_P}>", "aws-cs-trainingcertification-form@amazon.com", f"Re: RE:[CASE {F}] {TCS}", dt("Mon, 21 Apr 2025", "22:02:00", "+0900"),
    part(f"高橋様\n\nご連絡が遅くなり申し訳ありません。統合元アカウントのログインメールは nanami.u@old-univ.ac.jp です(学生時代のものです)。\n\n宇治家\n\n2025年4月21日(月) 15:41 AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>:\n> As we haven't had an answer to our last message, case {F} has now been closed.\n"), "user_reply", False, F, dom=None, reply="ab")
# 54 confirmation F JP table html
html54 = f"""<html><body><p>宇治家様</p><p>ご返信ありがとうございます。以下の2つのアカウントを確認いたしました。</p>
<table border='1'><tr><td></td><td>アカウント #1</td><td>アカウント #2</td></tr>
<tr><td>ログインメール</td><td>nanami.u@old-univ.ac.jp</td><td>{ME_P}</td></tr>
<tr><td>候補 ID</td><td>AWS00712266</td><td>AWS11920457</td></tr></table>
<p>アカウント #1 をアカウント #2 に統合してよろしいでしょうか。ご確認のうえ、ご返信いただけますと幸いです。</p><p>高橋</p></body></html>"""
msg("ad", TC, ME_P, f"RE:[CASE {F}] {TCS}", dt("Tue, 22 Apr 2025", "02:30:00"), part(html54, "text/html", cte="base64"), "confirmation_request", True, F, ["AWS00712266", "AWS11920457"])
# 55 user reply F
msg("ae", f"宇治家 七海 <{ME_P}>", "aws-cs-trainingcertification-form@amazon.com", f"Re: RE:[CASE {F}] {TCS}", dt("Tue, 22 Apr 2025", "12:10:00", "+0900"),
    part("高橋様\n\nはい、#1 を #2 に統合してください。\n\n宇治家\n"), "user_reply", False, F, dom=None, reply="ad")
# 56 case update F JP
msg("af", TC, ME_P, f"RE:[CASE {F}] {TCS}", dt("Wed, 23 Apr 2025", "01:00:00"),
    part("宇治家様\n\nご確認ありがとうございます。統合作業は社内の専門チームにて実施しており、完了まで2〜3営業日ほどお時間をいただく見込みです。完了しましたら改めてお知らせいたします。\n\n高橋\n", cte="base64"), "case_update", False, F)
# 57 resolved F EN short
msg("ag", TC, ME_P, f"RE: [CASE {F}] {TCS}", dt("Fri, 25 Apr 2025", "03:03:03"),
    "Hi,\n\nDone - the university profile has been merged into your personal one and this case is resolved.\n\nTakahashi\n", "resolved", False, F)
# traps
msg("ah", "AWS認定サポート <info@amazon-certsupport.com>", ME_P, "【重要】AWS認定アカウント統合の最終確認", dt("Sat, 26 Apr 2025", "11:11:11"),
    part("<html><body><p>お客様のAWS認定アカウントの統合が保留中です。48時間以内に下記より本人確認を行ってください。</p><p><a href='http://amazon-certsupport.com/jp'>本人確認</a></p></body></html>", "text/html", cte="base64"), "suspicious", dom="amazon-certsupport.com")
msg("ai", "Credly <admin@credly-badges.net>", ME_P, "Your AWS badge will be revoked", dt("Sun, 27 Apr 2025", "04:00:00"),
    "Your AWS Certified Solutions Architect badge will be revoked unless you verify your account at http://credly-badges.net/verify\n", "suspicious", dom="credly-badges.net")
msg("aj", "Atlassian Support <support@atlassian.com>", ME_P, "[CASE 0048213] Your request has been resolved and closed", dt("Mon, 28 Apr 2025", "08:00:00"),
    "Hi Nanami,\n\nWe've marked your support request as resolved. If you still need help, reply to this email within 7 days to reopen it.\n\nAtlassian Support\n", "unrelated", dom="atlassian.com")
msg("ak", "AWS <aws-marketing-email-replies@amazon.com>", ME_P, "This week in AWS: new certifications announced", dt("Tue, 29 Apr 2025", "15:00:00"),
    alt(part("New AWS Certified AI Practitioner exam is now generally available. Register today.\n"), part("<p>New <b>AWS Certified AI Practitioner</b> exam is now generally available.</p>", "text/html")), "unrelated")
msg("al", "AWS <no-reply@login.awsapps.com>", ME_P, "AWS Builder ID 認証コード", dt("Wed, 30 Apr 2025", "00:20:00"),
    part("確認コード: 730114\n\nこのコードは10分間有効です。\n", cs="iso-2022-jp", cte="7bit"), "unrelated", dom="login.awsapps.com", scs="iso-2022-jp")
msg("am", "Hiroko Endo <notifications@github.com>", ME_P, "Re: [nanami-u/dotfiles] merge accounts script (PR #7)", dt("Wed, 30 Apr 2025", "09:00:00"),
    "Your pull request was merged.\nCould you also update the README when you get a chance?\n\n-- Reply to this email directly or view it on GitHub.\n", "unrelated", dom="github.com")
msg("an", "Tech Weekly <newsletter@techweekly.jp>", ME_P, "今週のクラウドニュース:AWS認定のアカウント統合手順まとめ", dt("Thu, 01 May 2025", "07:00:00"),
    part("今週の注目記事\n・転職時に AWS 認定アカウントを個人用に統合する方法\n・サポートへの問い合わせは英語で返信が来ることも\n\n配信停止はこちら\n", cs="shift_jis", cte="base64"), "unrelated", dom="techweekly.jp")
msg("ao", "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "Your AWS Certification expires in 90 days", dt("Fri, 02 May 2025", "00:00:00"),
    "Hello Nanami,\n\nYour AWS Certified Cloud Practitioner certification (Validation number ZX81KD0PQ) expires on 31 July 2025. To keep it active, pass a recertification exam before that date.\n\nCandidate ID: AWS11920457\n", "certification", dom="certmetrics.com")
msg("ap", "Pearson VUE <pearsonvuecustomerservice@pearson.com>", ME_P, "試験予約のキャンセル確認", dt("Mon, 05 May 2025", "03:00:00"),
    part("宇治家 七海 様\n\n以下の試験予約はキャンセルされました。\n登録ID: 471093382\n\nピアソンVUE\n", cs="iso-2022-jp", cte="7bit"), "unrelated", dom="pearson.com", scs="iso-2022-jp")
msg("aq", "Amazon Web Services <aws-billing@amazon.com>", ME_P, "AWS 請求書のお知らせ [アカウント: 381204957716]", dt("Mon, 05 May 2025", "04:00:00"),
    part("AWS アカウント 381204957716 の 2025年4月分のご請求書が発行されました。\n金額: USD 2.91\n\nこのメールには返信しないでください。\n", cte="base64"), "unrelated")
msg("ar", "AWS Certification <do-not-reply@certmetrics.com>", ME_P, "AWS Certification: 試験結果のお知らせ", dt("Tue, 13 May 2025", "06:00:00"),
    part("宇治家 七海 様\n\nAWS Certified Developer - Associate の試験結果が公開されました。CertMetrics にサインインしてご確認ください。\n候補 ID: AWS11920457\n"), "certification", dom="certmetrics.com")
msg("as", "Credly <admin@credly.com>", ME_P, "You earned the AWS Certified Developer - Associate badge", dt("Tue, 13 May 2025", "06:20:00"),
    "Congratulations, Nanami! Amazon Web Services Training and Certification issued you a new badge. Share it with your network.\n", "badge", dom="credly.com")
msg("at", "AWS トレーニングと認定 <aws-cs-trainingcertification-form@amazon.com>", ME_P, f"RE:[CASE {Dd}] {TCS}", dt("Wed, 14 May 2025", "02:00:00"),
    part("AWS パートナーセントラルのアカウント情報を更新いたしました。ご確認ください: https://partnercentral.awspartner.com\n", cte="base64"), "suspicious", False, None, auth=False, dk="bulk-mailer.cn")
msg("au", "Amazon Web Services <no-reply-aws@amazon.com>", ME_P, "AWS re:Post: a new answer to your question", dt("Thu, 15 May 2025", "01:00:00"),
    "Someone answered your question \"Can I merge two certification profiles?\" on AWS re:Post. View the answer and accept it if it solved your problem.\n", "unrelated")

#!/usr/bin/env python3
"""Blind corpus blind-190: writes NNN-msg.eml / NNN-msg.json next to this script."""
import os, json, base64, quopri, datetime, collections, zlib
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
P = "kenta.mori.dev@gmail.com"
C = "k.mori@nishikaze-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
NR = "no-reply-aws@amazon.com"
A, B, CC, D, E = "17463829501", "176358201144937", "17593320871", "176402995873041", "1749028833"
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
T0 = datetime.datetime(2026, 11, 2, 8, 14, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))
AUTH_OK = "mx.google.com;\n       dkim=pass header.i=@amazon.com header.s=4uq2ew25;\n       spf=pass (google.com: domain of {d} designates 54.240.8.1 as permitted sender) smtp.mailfrom={d};\n       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={d}"
AUTH_CO = "mgw01.nishikaze-sys.co.jp; dkim=pass header.d=amazon.com; spf=pass smtp.mailfrom=amazon.com; dmarc=pass header.from=amazon.com"

msgs = []
ids = {}
minute = [0]

def hdr(s, cs):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs if cs != "iso-2022-jp" else "iso-2022-jp").encode()

def part(body, sub="plain", cs="utf-8", cte="quoted-printable"):
    raw = body.encode(cs)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        enc = raw.decode("latin-1")
    return f"Content-Type: text/{sub}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n\n{enc}\n"

def m(kind, reply, case, cands, frm, to, subj, body=None, html=None, cs="utf-8", cte="quoted-printable",
      gap=90, key=None, irt=None, auth="ok", crlf=False, extra=None, fromname=None, alt=True):
    minute[0] += gap
    n = len(msgs) + 1
    date = T0 + datetime.timedelta(minutes=minute[0])
    dom = frm.split("@")[1]
    mid = f"<{n:03d}{zlib.crc32(subj.encode())%10**9:09d}.{dom.replace('.','-')}@{ 'email.amazonses.com' if 'amazon' in dom else dom}>"
    if key: ids[key] = mid
    h = []
    to_addr = to
    if auth == "ok":
        h.append("Authentication-Results: " + (AUTH_OK.format(d=dom) if to == P else AUTH_CO.replace("amazon.com", dom)))
    elif auth:
        h.append("Authentication-Results: " + auth)
    h.append(f"Date: {format_datetime(date)}")
    fn = fromname
    h.append("From: " + (f"{hdr(fn, cs)} <{frm}>" if fn else frm))
    h.append(f"To: {to_addr}")
    h.append("Subject: " + hdr(subj, cs))
    h.append(f"Message-ID: {mid}")
    if irt:
        refs = [ids[k] for k in irt]
        h.append(f"In-Reply-To: {refs[-1]}")
        h.append("References: " + "\n ".join(refs))
    for k, v in (extra or {}).items(): h.append(f"{k}: {v}")
    h.append("MIME-Version: 1.0")
    if body is not None and html is not None and alt:
        bnd = f"----=_Part_{n}_{zlib.crc32(subj.encode())%99999}.{n*7919}"
        content = (f"Content-Type: multipart/alternative; boundary=\"{bnd}\"\n\n--{bnd}\n" + part(body, "plain", cs, cte)
                   + f"--{bnd}\n" + part(html, "html", cs, cte) + f"--{bnd}--\n")
    elif html is not None:
        content = part(html, "html", cs, cte)
    else:
        content = part(body, "plain", cs, cte)
    raw = "\n".join(h) + "\n" + content
    if crlf: raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
    msgs.append((raw, {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cands}))

def q(text, pre="> "):
    return "\n".join(pre + l if l else pre.rstrip() for l in text.strip("\n").split("\n"))

def html_wrap(inner):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">\n" + inner + "\n</body></html>")

FOOT_TC = "\nWe value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.\n\nSincerely,\n{agent}\nAWS Training and Certification Customer Service\n"

# ---------------------------------------------------------------- messages
m("unrelated", False, None, [], "notifications@github.com", P, "Re: [nishikaze/infra-modules] Merge account-baseline into main (PR #412)",
  "Merged #412 into main.\n\n-- \nReply to this email directly, view it on GitHub:\nhttps://github.com/nishikaze/infra-modules/pull/412#event-11829344\nYou are receiving this because you authored the thread.\n", auth="mx.google.com; dkim=pass header.i=@github.com; spf=pass smtp.mailfrom=github.com; dmarc=pass header.from=github.com", gap=0)
m("certification", False, None, [], "do-not-reply@certmetrics.com", C, "Your AWS Certification expires in 90 days",
  "Hello Kenta Mori,\n\nYour AWS Certified Solutions Architect - Associate certification expires on February 9, 2027.\nTo keep your certification active, you can recertify by passing the current version of the exam.\nYour 50% discount benefit can be found in your AWS Certification Account under Benefits.\n\nAWS Certification\n", auth=None)
m("user_reply", False, None, ["AWS04418822", "AWS11938470"], C, P, "memo: cert account before I leave",
  "note to self (last day 11/30)\n\nold cert account (company login): AWS11938470\n  - SAA 2024-02, DVA 2025-06, 50% voucher unused\nnew one (gmail / builder id): AWS04418822\n\nform: inquiry type Certification -> Account Merge, keep the gmail one.\n", auth=None, fromname="Kenta Mori")
m("acknowledgement", False, A, ["AWS11938470", "AWS04418822"], TC, P, f"[CASE {A}] {SUBJ}",
  f"Hello,\n\nThank you for contacting AWS Training and Certification. We have opened case {A} for your request and a member of our team will reply, usually within 24 hours.\n\nThe details of your case are as follows:\n\nCase ID: {A}\nInquiry type: Certification\nAdditional details: Account Merge\nDescription: I am leaving my employer at the end of November. Please merge my certification account k.mori@nishikaze-sys.co.jp (AWS11938470) into kenta.mori.dev@gmail.com (AWS04418822).\n\nTo help us serve you quickly, please do not open another case for the same request. You can add information by replying to this message.\n\nAWS Training and Certification Customer Service\n", key="A1")
m("unrelated", False, None, [], "aws-billing@amazon.com", C, "Amazon Web Services Billing Statement Available [AWS ID 402918377165]",
  "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:\n\nTotal: $1,284.17\n\nAccount number: 402918377165\n\nPlease see the Bills section of the Billing Console for details.\n\nSincerely,\nAmazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc.\n", auth=None)
# duplicate case B, Japanese, ISO-2022-JP, to company address
m("acknowledgement", False, B, [], TC, C, f"RE: [CASE {B}] {SUBJ}",
  f"お客様\n\nAWS トレーニングと認定にお問い合わせいただきありがとうございます。ケース {B} を作成いたしました。\n担当者より通常24時間以内にご連絡いたします。\n\nケース ID: {B}\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n\nすでに同じ内容のケースをご登録済みの場合は、重複するケースを作成されないようお願いいたします。\n\nAWS トレーニングと認定 カスタマーサービス\n", cs="iso-2022-jp", cte="7bit", key="B1", auth="ok")
m("unrelated", False, None, [], "yuki.tanabe@nishikaze-sys.co.jp", C, "引き継ぎ資料の確認のお願い",
  "森さん\n\nお疲れさまです。田辺です。\n退職前の引き継ぎ資料、Confluence に置きました。\n内容をご確認いただけますでしょうか。金曜までにコメントいただけると助かります。\n\n田辺\n", auth=None)
m("case_update", False, B, [], TC, C, f"RE: [CASE {B}] {SUBJ}",
  f"Hello,\n\nThis request is already being handled under case {A}, which you opened a few minutes earlier from your other address. To avoid working the same request twice I am closing case {B} and linking it to {A}.\n\nAll further correspondence will take place on case {A}; nothing is needed on this one.\n\nBest regards,\nRahul\nAWS Training and Certification\n", irt=["B1"], key="B2")
# APN hold on A (question buried)
m("on_hold", True, A, [], TC, P, f"RE:[CASE {A}] {SUBJ}",
  f"Hello Kenta,\n\nThank you for your patience.\n\nWhile reviewing your request I found that the certification account registered with k.mori@nishikaze-sys.co.jp is associated with an AWS Partner Network (APN) organization, Nishikaze Systems Co., Ltd. Certifications held by partner employees count toward the partner's tier requirements, so we are not able to move them out while the partner relationship is in place. I have placed this request on hold and asked our partner team to review the association.\n\nIn the meantime, are you still employed by Nishikaze Systems, and if so, what is your final working day? The partner team needs this date before they can release the account.\n\nBest regards,\nMariana G.\nAWS Training and Certification Customer Service\n", irt=["A1"], key="A2", gap=400)
m("user_reply", False, A, [], P, TC, f"Re: RE:[CASE {A}] {SUBJ}",
  f"Hi Mariana,\n\nYes, I am still employed there until November 30, 2026 — that is my last day, and the company mailbox will be closed after that.\n\nThanks,\nKenta Mori\n\nOn Mon, Nov 2, 2026 at 16:04, AWS Training and Certification <{TC}> wrote:\n" + q("Hello Kenta,\n\nThank you for your patience.\n\nWhile reviewing your request I found that the certification account registered with\nk.mori@nishikaze-sys.co.jp is associated with an AWS Partner Network (APN) organization.\n...\nIn the meantime, are you still employed by Nishikaze Systems, and if so, what is your final\nworking day?"),
  auth=None, irt=["A1", "A2"], key="A3", fromname="Kenta Mori")
m("unrelated", False, None, [], "aws-marketing-email-replies@amazon.com", P, "Last chance: AWS re:Invent 2026 on-demand sessions",
  body="Catch up on the keynotes and 400-level sessions from re:Invent 2026.\nWatch now: https://aws.amazon.com/events/reinvent/\n\nUnsubscribe: https://pages.awscloud.com/unsubscribe\n",
  html=html_wrap("<h1>Missed re:Invent?</h1><p>Catch up on the keynotes and 400-level sessions.</p><p><a href=\"https://aws.amazon.com/events/reinvent/\">Watch now</a></p><p style=\"font-size:10px\">Unsubscribe</p>"))
m("case_update", False, A, [], TC, P, f"RE:[CASE {A}] {SUBJ}",
  f"Hi Kenta,\n\nGood news: the partner team has released the hold, since you are leaving the partner organization. Your case is back with me and I am preparing the merge now. You'll hear from me again shortly.\n\nMariana G.\nAWS Training and Certification Customer Service\n\n-----Original Message-----\nFrom: Kenta Mori <{P}>\nSent: Tuesday, November 3, 2026 9:12 AM\nSubject: Re: RE:[CASE {A}]\n\nYes, I am still employed there until November 30, 2026.\n",
  irt=["A1", "A2", "A3"], key="A4", gap=700)
# mixed: confirm keep + send a fact -> confirmation_request
m("confirmation_request", True, A, ["AWS04418822", "AWS11938470"], TC, P, f"RE:[CASE {A}] {SUBJ}",
  html=html_wrap(f"<p>Hello Kenta,</p><p>I located the two certification accounts below.</p>"
  "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
  "<tr><td>Candidate ID</td><td>AWS04418822</td><td>AWS11938470</td></tr>"
  f"<tr><td>Login email</td><td>{P}</td><td>{C}</td></tr>"
  f"<tr><td>Training notification email</td><td>{P}</td><td>{C}</td></tr>"
  f"<tr><td>Certification notification email</td><td>{P}</td><td>{C}</td></tr></table>"
  "<p>Please reply to confirm that Account #1 is the one you would like to keep, and in the same reply let me know the legal name exactly as it should appear on your certificates, since the two profiles differ (KENTA MORI / Kenta Mori).</p>"
  "<p>Kind regards,<br>Mariana G.<br>AWS Training and Certification Customer Service</p>"), irt=["A1", "A2", "A3", "A4"], key="A5", gap=200)
m("unrelated", False, None, [], "noreply@pearsonvue.com", P, "Appointment Reminder: AWS Certified Developer - Associate",
  "Dear Kenta Mori,\n\nThis is a reminder of your upcoming exam appointment.\n\nRegistration ID: 512083947\nExam: DVA-C02 AWS Certified Developer - Associate\nDate: Saturday, December 12, 2026 10:00 JST\nLocation: OnVUE online proctored\n\nPlease check in 30 minutes before your appointment.\n\nPearson VUE\n", auth="mx.google.com; dkim=pass header.i=@pearsonvue.com; spf=pass; dmarc=pass header.from=pearsonvue.com")
m("user_reply", False, A, [], P, TC, f"Re: RE:[CASE {A}] {SUBJ}",
  f"Confirmed — please keep Account #1 ({P}) and merge Account #2 into it.\nName on certificates: Kenta Mori\n\nKenta\n\n2026年11月4日(水) 11:20 AWS Training and Certification <{TC}>:\n" + q("Please reply to confirm that Account #1 is the one you would like to keep, and in the same reply\nlet me know the legal name exactly as it should appear on your certificates."),
  auth=None, irt=["A1", "A5"], key="A6", fromname="Kenta Mori")
# verify ownership by writing from other address -> info_request
m("info_request", True, A, [], TC, P, f"RE:[CASE {A}] {SUBJ}",
  f"Hi Kenta,\n\nThanks for confirming. One last step before I merge: because Account #2 belongs to a different address, our policy requires that we hear from that address too. Send a short reply to this thread from {C} stating that you own it — the case number must stay in the subject.\n\nAs soon as that arrives I'll complete the merge.\n\nMariana G.\nAWS Training and Certification Customer Service\n",
  irt=["A1", "A5", "A6"], key="A7", gap=150)
m("user_reply", False, A, [], C, TC, f"RE: RE:[CASE {A}] {SUBJ}",
  f"Hello Mariana,\n\nI am writing from my company address as requested. I confirm that {C} is my address and that Account #2 is mine.\n\nBest regards,\nKenta Mori\nNishikaze Systems Co., Ltd.\n\n________________________________\nFrom: Kenta Mori <{P}>\nSent: Wednesday, November 4, 2026 2:05 PM\nTo: AWS Training and Certification <{TC}>\nSubject: Fwd: RE:[CASE {A}] {SUBJ}\n\nHi Kenta,\nThanks for confirming. One last step before I merge: ... Send a short reply to this thread from {C} stating that you own it.\n",
  auth=None, irt=["A1", "A7"], key="A8", crlf=True)
m("unrelated", False, None, [], "newsletter@publickey1.jp", P, "Publickey 週刊ニュースレター 2026/11/05",
  "今週の主な記事\n\n- クラウドネイティブなデータベースの最新動向\n- GitHub、新しいマージキュー機能を発表\n- AWS、東京リージョンで新しいインスタンスタイプを提供開始\n\n配信停止はこちら\n", auth=None)
m("resolved", False, A, ["AWS04418822"], TC, P, f"RE:[CASE {A}] {SUBJ}",
  f"Hello Kenta,\n\nI have successfully merged all accounts. Your exam history, active certifications and the 50% exam discount now sit on Account #1 ({P}, AWS04418822). It can take up to 5 business days for the AWS Partner Central profile and Credly to reflect the change.\n\nIf there is anything else, just reply to this email.\n" + FOOT_TC.format(agent="Mariana G.") + "\n" + q(f"Please reply to confirm that Account #1 is the one you would like to keep, and in the same reply let me know\nthe legal name exactly as it should appear on your certificates.\n\nAccount #1  Login email: {P}\nAccount #2  Login email: {C}"),
  irt=["A1", "A7", "A8"], key="A9", gap=240)
m("badge", False, None, [], "admin@credly.com", P, "Your AWS Certified Solutions Architect – Associate badge is waiting",
  body="Kenta, you've earned a badge!\n\nAmazon Web Services Training and Certification has issued you the badge AWS Certified Solutions Architect – Associate.\n\nAccept your badge: https://www.credly.com/earner/earned/badge/7b2e9f1c-3a44-4f3e-9d61-0f9e7c2ab811\n",
  html=html_wrap("<p>Kenta, you've earned a badge!</p><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Solutions Architect – Associate</b>.</p><p><a href=\"https://www.credly.com/earner/earned/badge/7b2e9f1c-3a44-4f3e-9d61-0f9e7c2ab811\">Accept badge</a></p>"),
  auth="mx.google.com; dkim=pass header.i=@credly.com; spf=pass; dmarc=pass header.from=credly.com", gap=10)
m("survey", False, A, [], "aws-cs-survey@amazon.com", P, f"How did we do? Case {A}",
  f"Hello,\n\nYour recent case {A} with AWS Training and Certification has been marked resolved. Would you take two minutes to tell us about your experience?\n\nStart the survey: https://survey.aws.amazon.com/t?c={A}\n\nThis survey is optional. Please do not reply to this email.\n", gap=600)
m("suspicious", False, None, [], "support@amazon-certsupport.com", P, f"Action required: confirm your AWS Certification accounts [CASE {A}]",
  "Dear Candidate,\n\nWe detected two AWS Certification accounts in your name. To avoid suspension of both accounts and loss of your certifications, confirm that the listed accounts are yours within 24 hours by signing in below:\n\nhttps://amazon-certsupport.com/verify?session=8f2c01\n\nAWS Certification Security Team\n",
  auth="mx.google.com; dkim=pass header.i=@amazon-certsupport.com; spf=pass smtp.mailfrom=amazon-certsupport.com; dmarc=pass header.from=amazon-certsupport.com", fromname="AWS Training and Certification")
m("unrelated", False, None, [], "mailer-daemon@nishikaze-sys.co.jp", P, "Undeliverable: RE: project handover",
  "Delivery has failed to these recipients or groups:\n\nk.mori@nishikaze-sys.co.jp\nThe mailbox you tried to reach no longer exists.\n\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n", auth=None, gap=9000)

# ---------------------------------------------------------------- case D: same-email duplicate accounts (JP agent)
m("acknowledgement", False, D, [], TC, P, f"[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
  f"お客様\n\nAWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\nお問い合わせを受け付け、ケース {D} を起票いたしました。\n\nケースの回答は通常24時間以内にお送りしておりますが、内容によってはお時間を頂戴する場合がございます。\nすでにケースが提起されている場合は、同じ内容で別のケースを提起なさらないようお願いいたします。\n\nAWS トレーニングと認定 カスタマーサービス\n",
  cs="shift_jis", cte="8bit", key="D1", gap=3000)
m("unrelated", False, None, [], "no-reply@aws.training", P, "Your AWS Skill Builder subscription receipt",
  "Thank you for your purchase.\n\nAWS Skill Builder Individual subscription - monthly\nAmount: USD 29.00\nOrder: SB-7719-2280\n\nManage your subscription at https://skillbuilder.aws/\n")
# confirm details of both accounts -> info_request
m("info_request", True, D, [], TC, P, f"RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
  f"森 健太 様\n\nお問い合わせいただきありがとうございます。AWS トレーニングと認定の佐藤でございます。\n\n同一のメールアドレス（{P}）で登録された認定アカウントが2件見つかりました。\n統合作業を進めるにあたり、ご本人確認のため、それぞれのアカウントについて以下の情報をご確認のうえご返信いただけますでしょうか。\n\n・AWS 候補 ID\n・ご登録のお名前（ローマ字）\n・最後に受験された試験名と受験日\n\nお手数をおかけいたしますが、何卒よろしくお願いいたします。\n\n佐藤 美咲\nAWS トレーニングと認定 カスタマーサービス\n",
  cs="utf-8", cte="base64", irt=["D1"], key="D2", gap=1500)
m("unrelated", False, None, [], "support@zendesk.example-saas.io", P, "[Request #88213] Your request has been solved",
  "Hi Kenta,\n\nYour request #88213 \"Cannot export invoices as CSV\" has been solved. If you need anything else, reply to this email to reopen it within 7 days.\n\nAcme Ledger Support\n", auth="mx.google.com; dkim=pass header.i=@example-saas.io; spf=pass; dmarc=pass header.from=example-saas.io")
m("user_reply", False, D, ["AWS04418822", "AWS30911274"], P, TC, f"Re: RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
  f"佐藤様\n\nご連絡ありがとうございます。以下のとおりです。\n\n1) AWS04418822 / KENTA MORI / DVA-C02 2026-12-12\n2) AWS30911274 / Kenta Mori / 受験なし（誤って作成）\n\n1) に統合していただけますと幸いです。\n\n森\n\n2026年11月20日(金) 10:02 AWS Training and Certification <{TC}>:\n" + q("統合作業を進めるにあたり、ご本人確認のため、それぞれのアカウントについて以下の情報をご確認のうえご返信いただけますでしょうか。\n・AWS 候補 ID"),
  auth=None, irt=["D1", "D2"], key="D3", fromname="森 健太")
# confirm listed accounts are yours -> confirmation_request (JP)
m("confirmation_request", True, D, ["AWS04418822", "AWS30911274"], TC, P, f"RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
  body=f"森様\n\nご回答ありがとうございます。\n\n統合の対象となるアカウントは次の2件です。\n\nアカウント 1: AWS04418822（統合先）\nアカウント 2: AWS30911274（統合元、統合後に無効化されます）\n\nこの2件がいずれも森様ご本人のアカウントであること、またアカウント 1 へ統合してよろしいことをご確認いただけますでしょうか。ご確認が取れ次第、作業に着手いたします。\n\n佐藤 美咲\nAWS トレーニングと認定\n",
  html=html_wrap("<p>森様</p><p>ご回答ありがとうございます。</p><p>統合の対象となるアカウントは次の2件です。</p><ul><li>アカウント 1: AWS04418822（統合先）</li><li>アカウント 2: AWS30911274（統合元、統合後に無効化されます）</li></ul><p>この2件がいずれも森様ご本人のアカウントであること、またアカウント 1 へ統合してよろしいことをご確認いただけますでしょうか。ご確認が取れ次第、作業に着手いたします。</p><p>佐藤 美咲<br>AWS トレーニングと認定</p>"),
  irt=["D1", "D2", "D3"], key="D4", gap=1300)
m("unrelated", False, None, [], "info@connpass.com", P, "【connpass】JAWS-UG 東京 #62 の参加が確定しました",
  "森 健太 さん\n\nJAWS-UG 東京 #62 への参加登録が完了しました。\n日時: 2026/12/03 19:00〜\n会場: 目黒セントラルスクエア\n\nキャンセルする場合はイベントページからお手続きください。\n", auth=None)
m("closing_notice", True, D, [], TC, P, f"RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
  f"森様\n\n先日お送りしたアカウント統合のご確認について、まだご返信をいただけていないようでございます。\n\n本メール送信後 3 営業日以内にご返信がない場合、本ケースはクローズさせていただきます。クローズ後も、このメールにご返信いただければケースは再開されます。\n\n引き続きよろしくお願いいたします。\n\n佐藤 美咲\nAWS トレーニングと認定\n",
  cs="iso-2022-jp", cte="7bit", irt=["D1", "D4"], key="D5", gap=4300)
m("user_reply", False, D, ["AWS04418822"], P, TC, f"Re: RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
  "佐藤様\n\nご返信が遅くなり申し訳ありません。\n2件とも私のアカウントです。アカウント 1（AWS04418822）への統合をお願いいたします。\n\n森\n", auth=None, irt=["D4", "D5"], key="D6", fromname="森 健太", cs="iso-2022-jp", cte="7bit")
m("resolved", False, D, ["AWS04418822"], TC, P, f"RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance",
  f"森様\n\nアカウント 2 をアカウント 1（AWS04418822）へ統合いたしました。Credly のバッジは今後アカウント 1 の認定に基づいて発行されます。\n\n本件はこれにて解決とさせていただきます。ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\n佐藤 美咲\nAWS トレーニングと認定\n\n-----Original Message-----\n" + q("この2件がいずれも森様ご本人のアカウントであること、またアカウント 1 へ統合してよろしいことをご確認いただけますでしょうか。", "> "),
  cs="utf-8", cte="base64", irt=["D4", "D6"], key="D7", gap=500)
m("badge", False, None, [], "admin@credly.com", P, "Amazon Web Services Training and Certification sent you a badge",
  "Hi Kenta,\n\nAmazon Web Services Training and Certification sent you the AWS Certified Developer – Associate badge.\nView and share: https://www.credly.com/badges/2f0a11c4-8c0d-4a77-bb1e-51e9a0f3d2c0\n", gap=15,
  auth="mx.google.com; dkim=pass header.i=@credly.com; spf=pass; dmarc=pass header.from=credly.com")
m("suspicious", False, None, [], "no-reply@amazon.com", P, f"RE: [CASE {D}] 統合のご確認（至急）",
  "お客様\n\nアカウント統合の最終確認のため、以下のリンクからサインインし、候補 ID とパスワードをご入力ください。24時間以内にご対応いただけない場合、認定は失効いたします。\n\nhttps://aws-training-verify.net/login\n",
  auth="mx.google.com;\n       dkim=fail header.i=@amazon.com;\n       spf=softfail (google.com: domain of transitioning no-reply@amazon.com does not designate 185.222.58.14 as permitted sender) smtp.mailfrom=no-reply@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com", fromname="AWS トレーニングと認定")

# ---------------------------------------------------------------- case C: console case (voucher), answer in Support Center
CONS = f"\n\nTo see all correspondence and reply, open the case in the Support Center:\nhttps://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en\n\nNote: this e-mail was sent from an address that cannot accept incoming e-mails.\nTo reply, use the link above.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n"
m("acknowledgement", False, CC, [], NR, P, f"Amazon Web Services: New Support case: {CC}",
  f"Dear AWS customer,\n\nWe have opened case {CC} to address your request about: Exam discount benefit missing after account merge.\n\nYou can view and respond to this case in the AWS Support Center." + CONS, fromname="Amazon Web Services", key="C1", gap=2500)
m("unrelated", False, None, [], "no-reply@signin.aws", P, "Verify your AWS Builder ID email address",
  "Your verification code is: 604193\n\nThis code expires in 10 minutes. If you did not request it, ignore this message.\n")
m("info_request", True, CC, ["AWS04418822"], NR, P, f"RE:[CASE {CC}] Exam discount benefit missing after account merge",
  f"Hello,\n\nI checked the benefits on AWS04418822 and the 50% discount from the merged account is not listed yet. It may have been consumed before the merge. Could you confirm, via the Support Center, whether you started an exam registration with that discount on your old account in October? A screenshot of the Benefits page would also help.\n\nBest regards,\nDmitri K.\nAmazon Web Services" + CONS,
  fromname="Amazon Web Services", irt=["C1"], key="C2", gap=800)
m("unrelated", False, None, [], "yuki.tanabe@nishikaze-sys.co.jp", P, "Fwd: 送別会の日程",
  "森さん\n\n個人アドレスに転送しておきます。送別会は12/4(金) 19時からです。出欠だけ返信ください！\n\n田辺\n\n---------- Forwarded message ---------\n送別会の候補日: 12/4, 12/7\n", auth="mx.google.com; dkim=pass header.i=@nishikaze-sys.co.jp; spf=pass; dmarc=pass header.from=nishikaze-sys.co.jp")
m("closing_notice", True, CC, [], NR, P, f"RE:[CASE {CC}] Exam discount benefit missing after account merge",
  f"Hello,\n\nWe haven't heard back from you on this case. If we do not receive a response, this case will be resolved automatically in 3 days. You can reopen it from the Support Center within 14 days of resolution.\n\nAmazon Web Services" + CONS,
  fromname="Amazon Web Services", irt=["C1", "C2"], key="C3", gap=4400)
m("case_update", False, CC, [], NR, P, f"RE:[CASE {CC}] Exam discount benefit missing after account merge",
  f"Hello,\n\nThank you for the screenshot. I've passed this to the certification benefits team, who can restore unused vouchers. They usually take 3-5 business days; I'll update the case when I hear from them.\n\nDmitri K.\nAmazon Web Services" + CONS,
  fromname="Amazon Web Services", irt=["C1", "C3"], key="C4", gap=1200)
m("resolved", False, CC, ["AWS04418822"], NR, P, f"RE:[CASE {CC}] Exam discount benefit missing after account merge",
  f"Hello,\n\nThe benefits team has re-issued your 50% exam discount on account AWS04418822; it is valid until 2027-06-30 and now appears under Benefits. No further action is required on your part, and I'm marking this case resolved.\n\nWe value your feedback. Please share your experience by rating this correspondence in the Support Center.\n\nDmitri K.\nAmazon Web Services" + CONS,
  fromname="Amazon Web Services", irt=["C1", "C4"], key="C5", gap=3000)

# ---------------------------------------------------------------- case E: older 10-digit case, reopened about wrong name; many blurred asks
ESUB = f"RE:[CASE {E}] {SUBJ}"
m("case_update", False, E, [], TC, P, ESUB,
  f"Hello Kenta,\n\nAs requested, I've reopened case {E} (originally from 2025) so we can look at the name mismatch on your transcript after the merge. I'm reviewing both account records now and will write again once I have something concrete.\n\nJun\nAWS Training and Certification\n", key="E1", gap=2000)
m("info_request", True, E, [], TC, P, ESUB,
  f"Hi Kenta,\n\nCould you confirm the date of birth and country that were on the old company profile, and the ones on the account you kept? They disagree in our records and I need both to correct the transcript. Please don't send ID documents by email — the values alone are enough.\n\nJun\nAWS Training and Certification\n",
  irt=["E1"], key="E2", gap=600)
m("user_reply", False, E, [], P, TC, "Re: " + ESUB,
  f"Jun,\n\nOld profile: 1990-04-17, Japan\nKept account: 1990-04-17, Japan (maybe it shows 04-07?)\n\n-Kenta\n\n> Could you confirm the date of birth and country that were on the old company profile, and the ones on the\n> account you kept?\n", auth=None, irt=["E1", "E2"], key="E3")
m("info_request", True, E, [], TC, P, ESUB,
  html=html_wrap("<p>Hi Kenta,</p><p>Thanks. The kept account does show 1990-04-07. Before I change anything: did you ever sit an exam under the kept account <i>before</i> the merge, and if so roughly when? Exam records created before the merge keep whatever birth date was on file that day, so I need to know which ones to correct.</p><p>Jun<br>AWS Training and Certification</p>"
  "<div style=\"border-top:1px solid #ccc;color:#666\"><p>From: Kenta Mori<br>Old profile: 1990-04-17, Japan</p></div>"),
  irt=["E1", "E3"], key="E4", gap=700)
m("user_reply", False, E, [], P, TC, "Re: " + ESUB,
  "Hi Jun, no — the first exam on that account was DVA-C02 after the merge. Thanks, Kenta\n", auth=None, irt=["E4"], key="E5")
m("resolved", False, E, [], TC, P, ESUB,
  "Hi Kenta,\n\nI've corrected the birth date to 1990-04-17 on your profile and on the transcript. The change is visible now; a fresh PDF transcript can be downloaded from Exam history.\n\nIf there's anything more you want to add, reply here within 7 days and the case will stay open; otherwise no action is needed.\n\nJun\nAWS Training and Certification\n",
  irt=["E4", "E5"], key="E6", gap=900)

# ---------------------------------------------------------------- more blurred asks, varied agents, on a friend's-style threads of the owner
# case F: merge of an old university address into personal (owner's 3rd account)
F = "17688102234"
FS = f"RE: [CASE {F}] {SUBJ}"
m("acknowledgement", False, F, ["AWS00791553", "AWS04418822"], TC, P, f"[CASE {F}] {SUBJ}",
  f"Thank you for contacting AWS Training and Certification.\n\nCase ID: {F}\nWe usually respond within 24 hours. Please keep this case number in the subject line of any reply.\n\nThe details of your case are as follows:\nAdditional details: Account Merge\nDescription: Found a third account under my university address mori.k@st.kobe-tech.ac.jp (AWS00791553). Please merge into AWS04418822.\n",
  key="F1", gap=3000)
m("certification", False, None, [], "do-not-reply@certmetrics.com", P, "AWS Certification wants to hear from you",
  "Hello Kenta,\n\nAs an AWS Certified individual, you're invited to join our Subject Matter Expert community and help shape future exams. Reply is not necessary — sign up from the Benefits page of your AWS Certification Account if you're interested.\n\nAWS Certification\n", auth=None)
# questions about accounts, not the go-ahead -> info_request
m("info_request", True, F, ["AWS00791553"], TC, P, FS,
  f"Hello,\n\nI found account AWS00791553 registered with mori.k@st.kobe-tech.ac.jp. It holds a Cloud Practitioner certification from 2019 that expired in 2022.\n\nA few questions before we go further:\n1. Do you still receive mail at the university address?\n2. Is there any scheduled exam on that account?\n3. Was the 2019 exam taken under the same legal name as your current account?\n\nOnce I have your answers I will send you the merge summary for approval.\n\nPriya S.\nAWS Training and Certification Customer Service\n",
  irt=["F1"], key="F2", gap=500)
m("unrelated", False, None, [], "no-reply@github.com", P, "[GitHub] Please verify your device",
  "Hey kmori-dev!\n\nA sign in attempt requires further verification because we did not recognize your device.\n\nVerification code: 381042\n\nIf you did not attempt to sign in, please change your password immediately.\n\nThanks,\nThe GitHub Team\n", auth="mx.google.com; dkim=pass header.i=@github.com; spf=pass; dmarc=pass header.from=github.com")
m("user_reply", False, F, [], P, TC, "Re: " + FS,
  "Hello Priya,\n\n1. No, the university mailbox was closed in 2020.\n2. No scheduled exam.\n3. Yes, same name.\n\nKenta Mori\n\n-----Original Message-----\nFrom: AWS Training and Certification\nSent: Monday, November 30, 2026\n\n1. Do you still receive mail at the university address?\n2. Is there any scheduled exam on that account?\n", auth=None, irt=["F1", "F2"], key="F3")
# confirmation request with go-ahead phrasing and no 'please'
m("confirmation_request", True, F, ["AWS04418822", "AWS00791553"], TC, P, FS,
  f"Hello Kenta,\n\nHere is the summary:\n\nAccount #1\nCandidate ID: AWS04418822\nLogin email: {P}\nCertification notification email: {P}\n\nAccount #2\nCandidate ID: AWS00791553\nLogin email: mori.k@st.kobe-tech.ac.jp\nCertification notification email: mori.k@st.kobe-tech.ac.jp\n\nAccount #2 will be merged into Account #1 and then closed. Is this OK to go ahead with?\n\nPriya S.\nAWS Training and Certification Customer Service\n" + "\n" + q("1. No, the university mailbox was closed in 2020."),
  irt=["F1", "F3"], key="F4", gap=300)
m("user_reply", False, F, [], "k.mori@nishikaze-sys.co.jp", TC, "Automatic reply: RE: [CASE 17688102234]",
  "I have left Nishikaze Systems. This mailbox is no longer monitored.\nFor business matters please contact yuki.tanabe@nishikaze-sys.co.jp.\n", auth=None, gap=1,
  extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
m("user_reply", False, F, [], P, TC, "Re: " + FS, "Yes, go ahead. Merge #2 into #1.\n\nKenta\n", auth=None, irt=["F4"], key="F5", gap=40)
m("resolved", False, F, ["AWS04418822"], TC, P, FS,
  "Hello Kenta,\n\nDone — the university account has been merged into AWS04418822 and closed. The expired 2019 Cloud Practitioner now appears in your exam history.\n\nThank you for contacting AWS Training and Certification.\n\nPriya S.\n\n----\nWe value your feedback. Please share your experience by rating this correspondence: https://aws.amazon.com/survey/?c=17688102234\n",
  irt=["F4", "F5"], key="F6", gap=200)
m("survey", False, F, [], "aws-cs-survey@amazon.com", P, f"Tell us about your support experience (Case {F})",
  body=f"Your feedback helps. How satisfied were you with the resolution of case {F}?\nRate here: https://survey.aws.amazon.com/t?c={F}\n",
  html=html_wrap(f"<p>How satisfied were you with the resolution of case {F}?</p><p><a href=\"#\">1</a> <a href=\"#\">2</a> <a href=\"#\">3</a> <a href=\"#\">4</a> <a href=\"#\">5</a></p>"), gap=900)

# ---------------------------------------------------------------- case G: a second merge request for which support is unsure (Japanese agent, blurred asks)
G = "176523370412288"
GS = f"RE:[CASE {G}] [AWS Training and Certification Form Submission] - account-assistance"
m("acknowledgement", False, G, [], TC, P, f"RE:[CASE {G}] [AWS Training and Certification Form Submission] - account-assistance",
  body=f"AWS トレーニングと認定にお問い合わせいただきありがとうございます。\n\nケース ID: {G}\n\n担当者が内容を確認し、通常24時間以内にご連絡いたします。追加の情報はこのメールへの返信でお送りいただけます。\n",
  html=html_wrap(f"<p>AWS トレーニングと認定にお問い合わせいただきありがとうございます。</p><table><tr><td>ケース ID</td><td>{G}</td></tr><tr><td>その他の詳細</td><td>アカウントの統合</td></tr></table><p>担当者が内容を確認し、通常24時間以内にご連絡いたします。追加の情報はこのメールへの返信でお送りいただけます。</p>"),
  key="G1", gap=5000)
# confirm which email keeps as login -> confirmation_request (JP plain ください)
m("confirmation_request", True, G, [], TC, P, GS,
  f"森様\n\nお問い合わせの件、確認いたしました。\nお送りいただいた内容では、統合後にどちらのメールアドレスをログイン用として残すかが読み取れませんでした。\n\n（A）{P}\n（B）kenta.mori@outlook.jp\n\n残すアカウントを A か B でお知らせください。\n\n高橋\nAWS トレーニングと認定\n",
  irt=["G1"], key="G2", gap=900)
m("user_reply", False, G, [], P, TC, "Re: " + GS, "高橋様\n\n（A）を残してください。\n\n森\n\n2026年12月8日 14:12 <aws-cs-trainingcertification-form@amazon.com>:\n> 残すアカウントを A か B でお知らせください。\n", auth=None, irt=["G2"], key="G3", fromname="森 健太")
# verify ownership: write from the other address (JP keigo) -> info_request
m("info_request", True, G, [], TC, P, GS,
  "森様\n\nご返信ありがとうございます。\n恐れ入りますが、統合元となる（B）kenta.mori@outlook.jp のアカウントがご本人のものであることを確認するため、同アドレスから本メールへご返信いただけますでしょうか。件名のケース番号は変更なさらないようお願いいたします。\n\n（B）のアドレスからのご連絡を確認でき次第、統合を実施いたします。\n\n高橋\nAWS トレーニングと認定\n",
  irt=["G2", "G3"], key="G4", gap=300, cs="shift_jis", cte="base64")
m("user_reply", False, G, [], P, P, "Fwd: " + GS, "自分用メモ: outlook.jp から返信すること（ケース番号残す）\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification\n恐れ入りますが、統合元となる（B）kenta.mori@outlook.jp のアカウントがご本人のものであることを確認するため、同アドレスから本メールへご返信いただけますでしょうか。\n", auth=None, irt=["G4"], key="G4b", fromname="森 健太")
m("case_update", False, G, [], TC, P, GS,
  f"森様\n\n（B）のアドレスからのご返信を確認いたしました。ありがとうございます。\n現在、統合作業を担当チームにて進めております。完了次第あらためてご連絡いたしますので、今しばらくお待ちください。\n\n高橋\nAWS トレーニングと認定\n",
  irt=["G4"], key="G5", gap=700)
m("unrelated", False, None, [], "support@jetbrains.com", P, "Your request #4471203 will be closed",
  "Hello Kenta,\n\nWe haven't heard from you in a while, so we will close request #4471203 (license transfer) in 3 days. Reply to keep it open.\n\nJetBrains Support\n", auth="mx.google.com; dkim=pass header.i=@jetbrains.com; spf=pass; dmarc=pass header.from=jetbrains.com")
m("resolved", False, G, [], TC, P, GS,
  f"森様\n\n（B）のアカウントを（A）{P} へ統合いたしました。試験履歴および認定は（A）でご確認いただけます。\n\nご不明な点がございましたら、本メールにご返信ください。\n\n高橋\nAWS トレーニングと認定\n\n" + q("残すアカウントを A か B でお知らせください。\n（A）" + P + "\n（B）kenta.mori@outlook.jp"),
  irt=["G5"], key="G6", gap=600)

# ---------------------------------------------------------------- case H: colleague-style request the owner filed for name change; blurred "confirm receipt / confirm the address" asks
H = "17701234588"
HS = f"RE: [CASE {H}] {SUBJ}"
m("acknowledgement", False, H, [], TC, P, f"[CASE {H}] {SUBJ}",
  f"Hello,\n\nWe received your request and opened case {H}. No need to resend it — we'll reply within one business day.\n\nAWS Training and Certification\n", key="H1", gap=3000, crlf=True)
# 'confirm the email address on the account you want to keep' (fact) -> info_request; plus "is this your account" ? no
m("info_request", True, H, [], TC, P, HS,
  body="Hi Kenta,\n\nI can't find a certification account under the address you gave in the form. Please confirm the exact login email of the account you want your name corrected on, and the candidate ID shown at the top right of the certification portal.\n\nThanks,\nOlu A.\nAWS Training and Certification\n",
  html=html_wrap("<p>Hi Kenta,</p><p>I can't find a certification account under the address you gave in the form. <b>Please confirm the exact login email</b> of the account you want your name corrected on, and the candidate ID shown at the top right of the certification portal.</p><p>Thanks,<br>Olu A.<br>AWS Training and Certification</p>"),
  irt=["H1"], key="H2", gap=800)
m("user_reply", False, H, ["AWS04418822"], P, TC, "Re: " + HS, f"Hi Olu,\n\nLogin: {P}\nCandidate ID: AWS04418822\n\nKenta\n", auth=None, irt=["H2"], key="H3")
# reminder of an earlier confirmation? here: notification "we will merge unless you object" -> case_update (no ask)
m("case_update", False, H, ["AWS04418822"], TC, P, HS,
  "Hi Kenta,\n\nThanks, found it: AWS04418822. The name change needs a manual review by our certification operations team, and I've raised it with them. You don't need to do anything at the moment; I'll be back in touch when they've finished.\n\nOlu A.\n",
  irt=["H3"], key="H4", gap=500)
m("resolved", False, H, [], TC, P, HS,
  "Hi Kenta,\n\nThe certification operations team has updated the name on your record to \"Kenta Mori\". New certificates reflect this; Credly may take 24 hours.\n\nThis case is now resolved. If something still looks off, a reply here will reopen it.\n\nOlu A.\nAWS Training and Certification\n",
  irt=["H4"], key="H5", gap=2500)

# ---------------------------------------------------------------- case K: long thread remainder — confirmation reminders, blurred
K = "1751800423"
KS = f"RE: [CASE {K}] {SUBJ}"
m("acknowledgement", False, K, [], TC, C, f"[CASE {K}] {SUBJ}",
  f"Thank you for contacting Amazon Web Services. We have opened case {K}.\nThe details of your case are as follows:\nAdditional details: Account Merge\n\nPlease do not open a duplicate case.\n", key="K1", gap=3000)
# confirm details of both accounts (names, dates, IDs) -> info_request
m("info_request", True, K, [], TC, C, KS,
  "Dear Kenta,\n\nKindly confirm the following for each of the two accounts you listed:\n  - full name as registered\n  - date the account was created (approximate is fine)\n  - candidate ID\n\nWe require these details to locate the correct records; the merge itself will be confirmed with you separately.\n\nWarm regards,\nFatima\nAWS Training and Certification\n", irt=["K1"], key="K2", gap=600)
m("user_reply", False, K, ["AWS11938470", "AWS04418822"], C, TC, "RE: " + KS,
  "Fatima,\n\nAccount 1: Kenta Mori, created ~2023-10, AWS11938470\nAccount 2: KENTA MORI, created 2026-10, AWS04418822\n\nRegards,\nKenta\n\n-----Original Message-----\nFrom: AWS Training and Certification <aws-cs-trainingcertification-form@amazon.com>\nSubject: RE: [CASE 1751800423]\n\nKindly confirm the following for each of the two accounts you listed:\n", auth=None, irt=["K2"], key="K3", crlf=True)
# 'confirm' wording but asks keep -> confirmation_request, mixed with request to also confirm notification email (fact)
m("confirmation_request", True, K, ["AWS11938470", "AWS04418822"], TC, C, KS,
  "Dear Kenta,\n\nThank you. To proceed, we need you to confirm that AWS11938470 and AWS04418822 both belong to you and that AWS04418822 is the account to be retained. It would also help to know which address you want for certification notifications after the merge.\n\nWarm regards,\nFatima\n", irt=["K3"], key="K4", gap=400)
m("unrelated", False, None, [], "noreply@qiita.com", P, "Qiita: あなたの記事にコメントがつきました", "「AWS認定アカウントを統合した話」にコメントがつきました。\n\n> 候補IDってどこで確認できますか?\n\n記事を確認する: https://qiita.com/kmori/items/a9c1\n", auth=None)
m("closing_notice", True, K, [], TC, C, KS,
  "Dear Kenta,\n\nWe are still awaiting your confirmation on the account merge. If we don't hear back within 5 days this case will be closed as no response; replying to this email at any time will reopen it.\n\nFatima\nAWS Training and Certification\n", irt=["K4"], key="K5", gap=4000)
m("user_reply", False, K, ["AWS04418822"], C, TC, "RE: " + KS,
  "Fatima,\n\nBoth accounts are mine; please retain AWS04418822 and send notifications to " + P + ".\n\nKenta\n", auth=None, irt=["K5"], key="K6")
m("resolved", False, K, ["AWS04418822", "AWS11938470"], TC, C, KS,
  html=html_wrap("<p>Dear Kenta,</p><p>The merge is complete. <b>AWS04418822</b> now holds your full exam history and certifications; AWS11938470 has been deactivated.</p><p>No further action is required.</p><p>Fatima</p><hr><p style=\"color:#777\">On Dec 12 you wrote: Both accounts are mine; please retain AWS04418822.</p><blockquote>To proceed, we need you to confirm that AWS11938470 and AWS04418822 both belong to you and that AWS04418822 is the account to be retained.</blockquote>"),
  irt=["K6"], key="K7", gap=300)

# ---------------------------------------------------------------- console case L: confirmation in Support Center
L = "176581204455190"
CONSL = CONS.replace(CC, L)
m("acknowledgement", False, L, [], NR, P, f"Amazon Web Services: New Support case: {L}",
  f"Dear AWS customer,\n\nWe have opened case {L} to address your request about: Merge certification accounts (console)." + CONSL, fromname="Amazon Web Services", key="L1", gap=3000)
m("confirmation_request", True, L, ["AWS04418822", "AWS55120983"], NR, P, f"RE:[CASE {L}] Merge certification accounts (console)",
  f"Hello,\n\nI can see two certification accounts: AWS04418822 ({P}) and AWS55120983 (kenta.m@freelance-mori.dev). Please reply through the Support Center (not by e-mail) to confirm that both are yours and that AWS04418822 should be kept.\n\nRegards,\nHana L.\nAmazon Web Services" + CONSL,
  fromname="Amazon Web Services", irt=["L1"], key="L2", gap=600)
m("info_request", True, L, ["AWS55120983"], NR, P, f"RE:[CASE {L}] Merge certification accounts (console)",
  f"Hello,\n\nThanks for confirming in the console. Because AWS55120983 is registered to a custom domain, please also add a reply in the Support Center case that is signed from that account — sign in to the certification portal as kenta.m@freelance-mori.dev and use its Contact Us link referencing case {L}.\n\nHana L.\nAmazon Web Services" + CONSL,
  fromname="Amazon Web Services", irt=["L2"], key="L3", gap=900)
m("resolved", False, L, ["AWS04418822"], NR, P, f"RE:[CASE {L}] Merge certification accounts (console)",
  "Hello,\n\nVerification received; the two accounts are now merged into AWS04418822. This case has been resolved.\n\nWe value your feedback. Please share your experience by rating this correspondence in the Support Center.\n\nHana L.\nAmazon Web Services" + CONSL,
  fromname="Amazon Web Services", irt=["L3"], key="L4", gap=1800)

# ---------------------------------------------------------------- tail: misc traps
m("suspicious", False, None, [], "aws-cs-trainingcertification-form@amazon.com", P, f"RE:[CASE {K}] Confirm merge - final notice",
  "Dear Candidate,\n\nYour merge cannot be completed until you confirm your identity. Reply with your Builder ID password and the 6-digit code we just sent.\n\nAWS Training and Certification\n",
  auth="mx.google.com;\n       dkim=none;\n       spf=fail (google.com: domain of aws-cs-trainingcertification-form@amazon.com does not designate 91.215.85.40 as permitted sender) smtp.mailfrom=aws-cs-trainingcertification-form@amazon.com;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com", gap=600)
m("certification", False, None, ["AWS04418822"], "do-not-reply@certmetrics.com", P, "Congratulations on recertifying your AWS Certification!",
  "Hello Kenta Mori,\n\nCongratulations! You have recertified AWS Certified Developer - Associate. Candidate: AWS04418822\nValidation number available in your AWS Certification Account.\n\nAWS Certification\n", auth=None, gap=2000)
m("unrelated", False, "17733019284", [], "aws-cs-educate-form@amazon.com", P, "RE:[CASE 17733019284] [AWS Educate Form Submission] - account",
  "Hello,\n\nCould you confirm the email address you used to register for AWS Educate? We need it to locate your learner profile.\n\nAWS Educate Support\n", gap=300)
m("unrelated", False, None, [], "pm@nishikaze-sys.co.jp", P, "Please confirm: merge the two Jira accounts?",
  "Kenta-san,\n\nIT found two Jira accounts for you (company and personal guest). Please confirm which one we should keep before we merge them on Friday.\n\nNishikaze IT\n", auth="mx.google.com; dkim=pass header.i=@nishikaze-sys.co.jp; spf=pass; dmarc=pass header.from=nishikaze-sys.co.jp")
m("survey", False, K, [], "aws-cs-survey@amazon.com", C, f"We'd like your feedback on case {K}",
  f"Hello,\n\nCase {K} was recently resolved. If you have a moment, please let us know how we did: https://survey.aws.amazon.com/t?c={K}\n", gap=60)
m("user_reply", False, A, [], P, "yuki.tanabe@nishikaze-sys.co.jp", f"Fwd: RE:[CASE {A}] {SUBJ}",
  f"田辺さん\n\n参考までに、認定アカウント移行のやり取りを転送します。APN の件は partner team 側で解除してもらえました。\n\n森\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <{TC}>\nSubject: RE:[CASE {A}] {SUBJ}\n\nI have successfully merged all accounts.\n", auth=None, gap=200, fromname="森 健太")

# ---------------------------------------------------------------- write
for f in os.listdir(OUT):
    if f.endswith("-msg.eml") or f.endswith("-msg.json"):
        os.remove(os.path.join(OUT, f))
for i, (raw, lab) in enumerate(msgs, 1):
    with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
        fh.write(raw.encode("latin-1"))
    with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w") as fh:
        json.dump(lab, fh, ensure_ascii=False); fh.write("\n")
cnt = collections.Counter(l["kind"] for _, l in msgs)
for k, v in sorted(cnt.items()): print(f"{k:22s} {v}")
print(f"total {len(msgs)}  needs_reply {sum(l['needs_reply'] for _, l in msgs)}")
